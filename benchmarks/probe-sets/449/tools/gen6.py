import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, F, P, C, T

text = """UBND TỈNH VĨNH LONG
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 486/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Long, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác giải quyết việc làm, bảo hiểm thất nghiệp năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Giải quyết việc làm
Ước cả năm 2023, toàn tỉnh giải quyết việc làm cho 23.450/22.000 lao động kế hoạch, đạt 106,6%; trong đó đưa 812 người đi làm việc ở nước ngoài theo hợp đồng, tăng 21,4% so với năm 2022. Tỷ lệ thất nghiệp khu vực thành thị ước 2,85% (chỉ tiêu dưới 3%). Tổ chức 24 phiên giao dịch việc làm (kế hoạch 20 phiên), thu hút 318 lượt doanh nghiệp, 6.540 lượt người lao động tham gia.

2. Thực hiện chính sách bảo hiểm thất nghiệp
Tiếp nhận 9.876 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 15,2% so với năm 2022; ban hành 9.540 quyết định hưởng với tổng số tiền 186,35 tỷ đồng. Số người được tư vấn, giới thiệu việc làm là 11.208 lượt người; hỗ trợ học nghề cho 176 người. Số người tham gia bảo hiểm thất nghiệp tính đến ngày 30/11/2023 là 148.532 người, chiếm 22,6% lực lượng lao động trong độ tuổi.

II. KẾ HOẠCH NĂM 2024
Phấn đấu giải quyết việc làm cho 22.500 lao động, trong đó đưa 850 người đi làm việc ở nước ngoài theo hợp đồng; tổ chức từ 22 đến 25 phiên giao dịch việc làm; tỷ lệ lao động qua đào tạo đạt 72%, tỷ lệ lao động có bằng cấp, chứng chỉ đạt 35%; duy trì tỷ lệ thất nghiệp khu vực thành thị dưới 3%.

Nơi nhận:
- Bộ LĐ-TB&XH (Cục Việc làm);
- UBND tỉnh;
- Lưu: VT, P.VL.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Minh
"""

Y = P("cả năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
K = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)
figs = [
    F("cho 23.450/22.000", "23.450", 23450, "count", "lao động", "lao động được giải quyết việc làm", Y,
      target=T(22000, "lao động", True), percent=106.6, status="estimate"),
    F("đưa 812 người", "812", 812, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng", Y,
      total=23450, change=C("increase", 21.4, baseline="năm 2022"), status="estimate"),
    F("ước 2,85%", "2,85", 2.85, "percent", "%", "tỷ lệ thất nghiệp khu vực thành thị", Yi,
      target=T(3, "%", True), status="estimate"),
    F("Tổ chức 24 phiên", "24", 24, "count", "phiên", "phiên giao dịch việc làm", Yi, target=T(20, "phiên", True)),
    F("thu hút 318 lượt", "318", 318, "count", "lượt doanh nghiệp", "lượt doanh nghiệp tham gia phiên giao dịch việc làm", Yi),
    F("6.540 lượt", "6.540", 6540, "count", "lượt người lao động", "lượt người lao động tham gia phiên giao dịch việc làm", Yi),
    F("Tiếp nhận 9.876 hồ sơ", "9.876", 9876, "count", "hồ sơ", "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Yi,
      change=C("increase", 15.2, baseline="năm 2022")),
    F("ban hành 9.540 quyết định", "9.540", 9540, "count", "quyết định", "quyết định hưởng trợ cấp thất nghiệp", Yi),
    F("tổng số tiền 186,35 tỷ", "186,35", 186.35e9, "money", "đồng", "tổng số tiền trợ cấp thất nghiệp", Yi),
    F("là 11.208 lượt người", "11.208", 11208, "count", "lượt người", "số người được tư vấn, giới thiệu việc làm", Yi),
    F("cho 176 người", "176", 176, "count", "người", "người được hỗ trợ học nghề", Yi),
    F("là 148.532 người", "148.532", 148532, "count", "người", "số người tham gia bảo hiểm thất nghiệp",
      P("tính đến ngày 30/11/2023", None, "2023-11-30"), percent=22.6),
    F("cho 22.500 lao động", "22.500", 22500, "count", "lao động", "lao động được giải quyết việc làm", K, status="target"),
    F("đưa 850 người", "850", 850, "count", "người", "người đi làm việc ở nước ngoài theo hợp đồng", K, total=22500, status="target"),
    F("từ 22 đến 25 phiên", "22", 22, "count", "phiên", "phiên giao dịch việc làm", K, value_max=25, status="target"),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ lao động qua đào tạo", K, status="target"),
    F("đạt 35%", "35", 35, "percent", "%", "tỷ lệ lao động có bằng cấp, chứng chỉ", K, status="target"),
    F("thị dưới 3%.", "3", 3, "percent", "%", "tỷ lệ thất nghiệp khu vực thành thị", K, approx="under", status="target"),
]
header = [
    "Sở LĐ-TB&XH Vĩnh Long, formal report 'Số: 486/BC-SLĐTBXH', place-and-date line 'Vĩnh Long, ngày 18 tháng 12 năm 2023' (published).",
    "'23.450/22.000 lao động kế hoạch, đạt 106,6%': result against plan -> target 22.000 (not a total), percent 106,6; 'Ước' makes the clause and its",
    "'trong đó' continuation estimates. '(chỉ tiêu dưới 3%)' and '(kế hoạch 20 phiên)' are targets of the figures before them.",
    "Section 2 figures take 'năm 2023' from the section heading (inherited); section II figures take 'NĂM 2024' from its heading and are targets ('Phấn đấu').",
    "Distractors: document number, section numbers I./II./1./2., the date line, 'Lưu: VT, P.VL.', signature block.",
]
emit("p449-6", text, header, {"published": "2023-12-18", "location": "Vĩnh Long"}, figs)
