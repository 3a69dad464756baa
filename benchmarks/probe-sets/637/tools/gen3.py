"""p637-3: UBND tỉnh An Giang formal report, fertiliser/pesticide management H1/2024, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 342/BC-UBND
An Giang, ngày 18 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý nhà nước về phân bón, thuốc bảo vệ thực vật 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Thực hiện Kế hoạch số 95/KH-UBND ngày 02/02/2024 của UBND tỉnh, các sở, ngành và địa phương đã triển khai kiểm tra điều kiện sản xuất, buôn bán vật tư nông nghiệp. Toàn tỉnh có 2.136 cơ sở buôn bán phân bón, 1.954 cơ sở buôn bán thuốc bảo vệ thực vật và 14 cơ sở sản xuất phân bón với tổng công suất khoảng 185.000 tấn/năm.

II. KẾT QUẢ THỰC HIỆN
Bảng 1. Kết quả thanh tra, kiểm tra 6 tháng đầu năm 2024
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 6 tháng | So với kế hoạch (%)
Cơ sở được kiểm tra | cơ sở | 900 | 486 | 54,0
Mẫu phân bón lấy kiểm tra | mẫu | 250 | 132 | 52,8
Mẫu thuốc BVTV lấy kiểm tra | mẫu | 80 | 41 | 51,3
Tiền phạt vi phạm hành chính | triệu đồng | - | 715,5 | -

Qua kiểm tra phát hiện 38 cơ sở vi phạm, trong đó 21 cơ sở vi phạm về phân bón, 17 cơ sở vi phạm về thuốc bảo vệ thực vật. Kết quả phân tích có 18 mẫu phân bón không đạt chất lượng, chiếm 13,6% số mẫu phân tích, giảm 3,2 điểm phần trăm so với cùng kỳ năm 2023; 100% mẫu thuốc bảo vệ thực vật đạt chất lượng. Tổng lượng phân bón tiêu thụ trên địa bàn 6 tháng ước đạt 312.000 tấn, trong đó phân bón hữu cơ chiếm 6,8%.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu kiểm tra 414 cơ sở còn lại theo kế hoạch; vận động nông dân giảm từ 10 đến 15% lượng phân bón vô cơ trên diện tích lúa.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

NOTES = [
    "UBND tỉnh An Giang formal report Số 342/BC-UBND, dated 'An Giang, ngày 18 tháng 7 năm 2024': fertiliser and pesticide management, H1/2024.",
    "Flattened '|' table: every numeric cell is a figure; subject = row label + column label; unit from the 'Đơn vị' column",
    "('triệu đồng' makes 715,5 = 715.500.000 đồng); 'Kế hoạch năm 2024' cells are targets with period 2024; 'Thực hiện 6 tháng' cells",
    "are actual, period H1/2024 (year from the nearest earlier period); the '(%)' column cells are percent figures of their own,",
    "period inherited from the table title. '-' cells are not numbers. 'Bảng 1', 'I.', 'II.', 'III.' are structure.",
    "21 + 17 = 38 after 'trong đó'. '18 mẫu ..., chiếm 13,6% ..., giảm 3,2 điểm phần trăm so với cùng kỳ năm 2023': the share is the",
    "percent attribute and the fall is the figure's change (unit 'điểm phần trăm'), per 'change after giảm attaches to its figure'.",
    "'ước đạt 312.000 tấn' is an estimate and the 'trong đó' clause continues it (6,8% estimate). Section III: 'Phấn đấu' makes 414 and",
    "the 10-15% target (the clause after ';' continues it); period '6 tháng cuối năm' is the heading (inherited).",
    "Distractors: 'Số: 342/BC-UBND', 'Kế hoạch số 95/KH-UBND ngày 02/02/2024', section and table numbers.",
]

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PLAN = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = per("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31", inherited=True)

FIGS = [
    fig("có 2.136 cơ sở", "2.136", 2136, "count", "cơ sở", "cơ sở buôn bán phân bón"),
    fig("1.954 cơ sở", "1.954", 1954, "count", "cơ sở", "cơ sở buôn bán thuốc bảo vệ thực vật"),
    fig("và 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất phân bón"),
    fig("khoảng 185.000 tấn/năm", "185.000", 185000, "measure", "tấn/năm", "tổng công suất cơ sở sản xuất phân bón", approx="about"),
    # table
    fig("| 900 |", "900", 900, "count", "cơ sở", "Cơ sở được kiểm tra kế hoạch năm 2024", PLAN, status="target"),
    fig("| 486 |", "486", 486, "count", "cơ sở", "Cơ sở được kiểm tra thực hiện 6 tháng", DONE),
    fig("| 54,0", "54,0", 54.0, "percent", "%", "Cơ sở được kiểm tra so với kế hoạch", inh(H1)),
    fig("| 250 |", "250", 250, "count", "mẫu", "Mẫu phân bón lấy kiểm tra kế hoạch năm 2024", PLAN, status="target"),
    fig("| 132 |", "132", 132, "count", "mẫu", "Mẫu phân bón lấy kiểm tra thực hiện 6 tháng", DONE),
    fig("| 52,8", "52,8", 52.8, "percent", "%", "Mẫu phân bón lấy kiểm tra so với kế hoạch", inh(H1)),
    fig("| 80 |", "80", 80, "count", "mẫu", "Mẫu thuốc BVTV lấy kiểm tra kế hoạch năm 2024", PLAN, status="target"),
    fig("| 41 |", "41", 41, "count", "mẫu", "Mẫu thuốc BVTV lấy kiểm tra thực hiện 6 tháng", DONE),
    fig("| 51,3", "51,3", 51.3, "percent", "%", "Mẫu thuốc BVTV lấy kiểm tra so với kế hoạch", inh(H1)),
    fig("| 715,5 |", "715,5", 715500000, "money", "đồng", "Tiền phạt vi phạm hành chính thực hiện 6 tháng", DONE),
    # text
    fig("phát hiện 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở vi phạm", inh(H1)),
    fig("21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở vi phạm về phân bón", inh(H1), total=38),
    fig("17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm về thuốc bảo vệ thực vật", inh(H1), total=38),
    fig("có 18 mẫu", "18", 18, "count", "mẫu", "mẫu phân bón không đạt chất lượng", inh(H1), percent=13.6,
        change=chg("decrease", 3.2, unit="điểm phần trăm", baseline="cùng kỳ năm 2023")),
    fig("100% mẫu thuốc", "100", 100, "percent", "%", "mẫu thuốc bảo vệ thực vật đạt chất lượng", inh(H1)),
    fig("ước đạt 312.000 tấn", "312.000", 312000, "measure", "tấn", "tổng lượng phân bón tiêu thụ trên địa bàn",
        per("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    fig("chiếm 6,8%", "6,8", 6.8, "percent", "%", "tỷ trọng phân bón hữu cơ trong lượng phân bón tiêu thụ",
        per("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    fig("kiểm tra 414 cơ sở", "414", 414, "count", "cơ sở", "cơ sở còn lại cần kiểm tra theo kế hoạch", H2, status="target"),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", "giảm lượng phân bón vô cơ trên diện tích lúa", H2, value_max=15, status="target"),
]

write("p637-3", TEXT, NOTES, FIGS, published="2024-07-18", location="An Giang")
