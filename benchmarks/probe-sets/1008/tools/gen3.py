from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH PHÚ YÊN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác cứu hộ, phòng, chống đuối nước tại các bãi biển 9 tháng năm 2024

Thực hiện Công văn số 1520/BVHTTDL-DLQG ngày 12/4/2024 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh Phú Yên báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Lực lượng, phương tiện
Tính đến 30/9/2024, toàn tỉnh có 19 bãi tắm có tổ chức cứu hộ, tăng 4 bãi so với cuối năm 2023. Lực lượng và kết quả cứu hộ theo địa phương như sau:

Đơn vị tính: chốt, người, vụ
Địa phương | Chốt cứu hộ | Nhân viên cứu hộ | Vụ cứu thành công
TP Tuy Hòa | 10 | 38 | 27
Thị xã Sông Cầu | 5 | 12 | 8
Thị xã Đông Hòa | 4 | 9 | 5
Huyện Tuy An | 3 | 8 | 4
Tổng cộng | 22 | 67 | 44

2. Kết quả cứu hộ
9 tháng năm 2024, lực lượng cứu hộ đã cứu thành công 44 vụ với 61 người, trong đó 38 người là khách du lịch ngoại tỉnh; hướng dẫn, nhắc nhở khoảng 15.000 lượt người tắm biển. Số người tử vong do đuối nước tại bãi biển là 3 người, giảm 40% so với cùng kỳ năm 2023.

3. Kinh phí
Tổng kinh phí chi cho công tác cứu hộ 9 tháng ước đạt 2,85 tỷ đồng, đạt 71,3% dự toán năm; trong đó ngân sách tỉnh 1,2 tỷ đồng, ngân sách cấp huyện 0,9 tỷ đồng, xã hội hóa 0,75 tỷ đồng.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
1. Duy trì tối thiểu 15 chốt cứu hộ hoạt động thường xuyên tại các bãi tắm trọng điểm.
2. Phấn đấu đến cuối năm 2024 có 100% nhân viên cứu hộ được cấp chứng chỉ nghiệp vụ (hiện đạt 82%).
3. Dự kiến bố trí 650 triệu đồng mua sắm bổ sung 200 phao cứu sinh và 2 xuồng máy.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS_OF = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
EOY = P("đến cuối năm 2024", None, "2024-12-31")

TAB = I(AS_OF)      # stock columns (chốt, nhân viên): as of 30/9/2024, stated above the table
TABV = I(M9)        # the rescue column: 9 months of 2024 (title)

FIGS = [
    F("có 19 bãi tắm", "19", 19, "count", "bãi tắm", "bãi tắm có tổ chức cứu hộ", AS_OF,
      change=C("increase", 4, "bãi", "cuối năm 2023")),
    # table: Chốt cứu hộ | Nhân viên cứu hộ | Vụ cứu thành công
    F("Tuy Hòa | 10 |", "10", 10, "count", "chốt", "chốt cứu hộ", TAB, location="Tuy Hòa"),
    F("| 10 | 38 |", "38", 38, "count", "người", "nhân viên cứu hộ", TAB, location="Tuy Hòa"),
    F("| 38 | 27", "27", 27, "count", "vụ", "vụ cứu thành công", TABV, location="Tuy Hòa"),
    F("Sông Cầu | 5 |", "5", 5, "count", "chốt", "chốt cứu hộ", TAB, location="Sông Cầu"),
    F("| 5 | 12 |", "12", 12, "count", "người", "nhân viên cứu hộ", TAB, location="Sông Cầu"),
    F("| 12 | 8", "8", 8, "count", "vụ", "vụ cứu thành công", TABV, location="Sông Cầu"),
    F("Đông Hòa | 4 |", "4", 4, "count", "chốt", "chốt cứu hộ", TAB, location="Đông Hòa"),
    F("| 4 | 9 |", "9", 9, "count", "người", "nhân viên cứu hộ", TAB, location="Đông Hòa"),
    F("| 9 | 5", "5", 5, "count", "vụ", "vụ cứu thành công", TABV, location="Đông Hòa"),
    F("Tuy An | 3 |", "3", 3, "count", "chốt", "chốt cứu hộ", TAB, location="Tuy An"),
    F("| 3 | 8 |", "8", 8, "count", "người", "nhân viên cứu hộ", TAB, location="Tuy An"),
    F("| 8 | 4", "4", 4, "count", "vụ", "vụ cứu thành công", TABV, location="Tuy An"),
    F("Tổng cộng | 22 |", "22", 22, "count", "chốt", "chốt cứu hộ tổng cộng", TAB),
    F("| 22 | 67 |", "67", 67, "count", "người", "nhân viên cứu hộ tổng cộng", TAB),
    F("| 67 | 44", "44", 44, "count", "vụ", "vụ cứu thành công tổng cộng", TABV),
    # prose
    F("cứu thành công 44 vụ", "44", 44, "count", "vụ", "vụ cứu hộ thành công", M9),
    F("với 61 người", "61", 61, "count", "người", "người được cứu", M9),
    F("trong đó 38 người", "38", 38, "count", "người", "khách du lịch ngoại tỉnh được cứu", M9, total=61),
    F("khoảng 15.000 lượt", "15.000", 15000, "count", "lượt người", "lượt người tắm biển được hướng dẫn, nhắc nhở",
      M9, approx="about"),
    F("là 3 người", "3", 3, "count", "người", "người tử vong do đuối nước tại bãi biển", I(M9),
      change=C("decrease", 40, "%", "cùng kỳ năm 2023")),
    F("ước đạt 2,85 tỷ đồng", "2,85", 2.85e9, "money", "đồng", "tổng kinh phí chi cho công tác cứu hộ", M9b,
      percent=71.3, status="estimate"),
    F("ngân sách tỉnh 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "kinh phí cứu hộ từ ngân sách tỉnh", M9b,
      total=2.85e9, status="estimate"),
    F("huyện 0,9 tỷ", "0,9", 0.9e9, "money", "đồng", "kinh phí cứu hộ từ ngân sách cấp huyện", M9b,
      total=2.85e9, status="estimate"),
    F("hóa 0,75 tỷ", "0,75", 0.75e9, "money", "đồng", "kinh phí cứu hộ từ xã hội hóa", M9b,
      total=2.85e9, status="estimate"),
    F("tối thiểu 15 chốt", "15", 15, "count", "chốt cứu hộ", "chốt cứu hộ hoạt động thường xuyên", Q4,
      approx="at_least", status="target"),
    F("có 100% nhân viên", "100", 100, "percent", "%", "nhân viên cứu hộ được cấp chứng chỉ nghiệp vụ", EOY,
      status="target"),
    F("hiện đạt 82%", "82", 82, "percent", "%", "nhân viên cứu hộ được cấp chứng chỉ nghiệp vụ"),
    F("bố trí 650 triệu", "650", 650e6, "money", "đồng", "kinh phí mua sắm bổ sung phao cứu sinh và xuồng máy",
      Q4, status="forecast"),
    F("bổ sung 200 phao", "200", 200, "count", "phao cứu sinh", "phao cứu sinh mua sắm bổ sung", Q4,
      status="forecast"),
    F("và 2 xuồng máy", "2", 2, "count", "xuồng máy", "xuồng máy mua sắm bổ sung", Q4, status="forecast"),
]

NOTES = [
    "Formal report of UBND tỉnh Phú Yên (Số: 287/BC-UBND, 15/10/2024): beach rescue work in 9 months of 2024, flattened '|' table by locality.",
    "Table: Đơn vị tính line maps to the three columns (chốt, người, vụ); place rows give the location, the Tổng cộng row is Phú Yên; cells get no totals;",
    "their period is inherited: as of 30/9/2024 (line above) for chốt and nhân viên, 9 tháng năm 2024 (title) for vụ. '3 người ... giảm 40%' : the sentence has no period phrase of its own (inherited).",
    "The 2,85 tỷ estimate carries 'đạt 71,3% dự toán năm' as percent; its three parts after 'trong đó' get total 2,85 tỷ and continue the estimate.",
    "Section II figures take QUÝ IV/2024 from the heading (inherited); 'Duy trì tối thiểu' under the plan heading is a target; '(hiện đạt 82%)' has its own verb: actual, no period.",
    "Distractors: Số: 287/BC-UBND, Công văn số 1520/BVHTTDL-DLQG ngày 12/4/2024, section numbers I./II./1.-3., place-date line.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-15", location="Phú Yên")
