"""p514-3: formal report, UBND tỉnh Thái Bình — labour and employment, 9 months of 2024, flattened '|' table."""
from lib import F, P, I, emit

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 286/BC-UBND
Thái Bình, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác lao động, việc làm 9 tháng năm 2024
và nhiệm vụ trọng tâm quý IV năm 2024

Thực hiện Công văn số 3915/LĐTBXH-VL ngày 20/9/2024 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh Thái Bình báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Giải quyết việc làm
9 tháng năm 2024, toàn tỉnh giải quyết việc làm cho 25.140 lao động, đạt 78,6% kế hoạch năm, tăng 4,1% so với cùng kỳ năm 2023. Sàn giao dịch việc làm tổ chức 27 phiên, thu hút 412 lượt doanh nghiệp tham gia; 3.650 lao động được tuyển dụng tại phiên.

2. Bảo hiểm thất nghiệp
Tính đến ngày 30/9/2024, toàn tỉnh có 318.420 người tham gia bảo hiểm thất nghiệp. Trong 9 tháng, Trung tâm Dịch vụ việc làm tiếp nhận 9.874 hồ sơ đề nghị hưởng trợ cấp thất nghiệp; Sở Lao động - Thương binh và Xã hội đã ban hành 9.602 quyết định hưởng với tổng số tiền khoảng 198,4 tỷ đồng.

Bảng 1. Một số chỉ tiêu chủ yếu
TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
1 | Lao động được giải quyết việc làm | người | 32.000 | 25.140 | 78,6
- | Trong đó: đi làm việc ở nước ngoài | người | 4.500 | 3.912 | 86,9
2 | Lao động được tuyển sinh đào tạo nghề | người | 38.000 | 29.750 | 78,3
3 | Tỷ lệ lao động qua đào tạo | % | 71,5 | 70,8 | 99,0

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024
Tập trung hoàn thành các chỉ tiêu được giao; dự kiến cả năm giải quyết việc làm cho khoảng 33.200 lao động, trong đó đưa 5.000 lao động đi làm việc ở nước ngoài.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
CN = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 25.140 lao động", "25.140", 25140, "count", "lao động",
      "lao động được giải quyết việc làm", M9,
      percent=78.6, change={"direction": "increase", "value": 4.1, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("tổ chức 27 phiên", "27", 27, "count", "phiên",
      "phiên giao dịch việc làm", I(M9)),
    F("thu hút 412 lượt doanh nghiệp", "412", 412, "count", "lượt doanh nghiệp",
      "lượt doanh nghiệp tham gia phiên giao dịch việc làm", I(M9)),
    F("; 3.650 lao động", "3.650", 3650, "count", "lao động",
      "lao động được tuyển dụng tại phiên", I(M9)),
    F("có 318.420 người", "318.420", 318420, "count", "người",
      "người tham gia bảo hiểm thất nghiệp", P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("tiếp nhận 9.874 hồ sơ", "9.874", 9874, "count", "hồ sơ",
      "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", T9),
    F("ban hành 9.602 quyết định", "9.602", 9602, "count", "quyết định",
      "quyết định hưởng trợ cấp thất nghiệp", T9),
    F("khoảng 198,4 tỷ đồng", "198,4", 198.4e9, "money", "đồng",
      "tổng số tiền trợ cấp thất nghiệp theo quyết định hưởng", T9, approx="about"),
    # table: Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)
    F("người | 32.000", "32.000", 32000, "count", "người",
      "Lao động được giải quyết việc làm kế hoạch năm 2024", KH, status="target"),
    F("32.000 | 25.140", "25.140", 25140, "count", "người",
      "Lao động được giải quyết việc làm thực hiện 9 tháng", TH),
    F("25.140 | 78,6", "78,6", 78.6, "percent", "%",
      "Lao động được giải quyết việc làm tỷ lệ so với kế hoạch"),
    F("người | 4.500", "4.500", 4500, "count", "người",
      "lao động đi làm việc ở nước ngoài kế hoạch năm 2024", KH, total=32000, status="target"),
    F("4.500 | 3.912", "3.912", 3912, "count", "người",
      "lao động đi làm việc ở nước ngoài thực hiện 9 tháng", TH, total=25140),
    F("3.912 | 86,9", "86,9", 86.9, "percent", "%",
      "lao động đi làm việc ở nước ngoài tỷ lệ so với kế hoạch"),
    F("người | 38.000", "38.000", 38000, "count", "người",
      "Lao động được tuyển sinh đào tạo nghề kế hoạch năm 2024", KH, status="target"),
    F("38.000 | 29.750", "29.750", 29750, "count", "người",
      "Lao động được tuyển sinh đào tạo nghề thực hiện 9 tháng", TH),
    F("29.750 | 78,3", "78,3", 78.3, "percent", "%",
      "Lao động được tuyển sinh đào tạo nghề tỷ lệ so với kế hoạch"),
    F("% | 71,5", "71,5", 71.5, "percent", "%",
      "Tỷ lệ lao động qua đào tạo kế hoạch năm 2024", KH, status="target"),
    F("71,5 | 70,8", "70,8", 70.8, "percent", "%",
      "Tỷ lệ lao động qua đào tạo thực hiện 9 tháng", TH),
    F("70,8 | 99,0", "99,0", 99.0, "percent", "%",
      "Tỷ lệ lao động qua đào tạo tỷ lệ so với kế hoạch"),
    F("khoảng 33.200 lao động", "33.200", 33200, "count", "lao động",
      "lao động được giải quyết việc làm", CN, approx="about", status="forecast"),
    F("đưa 5.000 lao động", "5.000", 5000, "count", "lao động",
      "lao động đi làm việc ở nước ngoài", CN, total=33200, status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Thái Bình số 286/BC-UBND: lao động, việc làm 9 tháng năm 2024. Letterhead, place-and-date line",
    "'Thái Bình, ngày 15 tháng 10 năm 2024' = published. Distractors: 'Số: 286/BC-UBND', 'Công văn số 3915/LĐTBXH-VL ngày 20/9/2024',",
    "section numbers 'I.', '1.', '2.', 'II.', 'Bảng 1', table row numbers 1-3, 'quý IV năm 2024' (heading).",
    "Flattened '|' table (Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với KH (%)): every numeric cell is a figure, so the",
    "plan cell is not the result cell's target and the % cell is not its percent; plan cells status target; periods from the",
    "column headers (the % column has none). Choice: the 'Trong đó:' row's count cells take the row above as total (a trong đó",
    "part after its whole); the % cells do not. The prose 25.140 repeats the table cell: both are figures.",
    "'dự kiến cả năm …, trong đó …': forecast for both, 'cả năm' = the year 2024; the part takes 33.200 as total.",
]

if __name__ == "__main__":
    emit("p514-3", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Thái Bình")
