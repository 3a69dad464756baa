"""p1364-4: ministry site (Bộ Tài nguyên và Môi trường): national heritage-tree overview at a workshop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Bảo tồn thiên nhiên và đa dạng sinh học

Cả nước có hơn 7.900 Cây Di sản Việt Nam

20/08/2024 | 14:15 | Cục Bảo tồn thiên nhiên và Đa dạng sinh học

Ngày 19/8, Bộ Tài nguyên và Môi trường phối hợp với Hội Bảo vệ Thiên nhiên và Môi trường Việt Nam tổ chức hội thảo "Bảo tồn Cây Di sản Việt Nam gắn với phát triển du lịch xanh", với khoảng 150 đại biểu tham dự.

Theo báo cáo tại hội thảo, từ năm 2010 đến nay, cả nước đã có hơn 7.900 cây và 215 quần thể cây được công nhận Cây Di sản Việt Nam tại 63/63 tỉnh, thành phố. Trong đó, nhóm đa, đề, si chiếm khoảng 31%; nhóm lim, sến, táu chiếm 14%.

Các địa phương có nhiều cây di sản nhất lần lượt là Hà Nội (1.126 cây), Nghệ An (684 cây) và Thanh Hóa (512 cây). Cây có tuổi cao nhất được công nhận là cây chò chỉ ở Vườn quốc gia Cúc Phương (Ninh Bình), tuổi ước tính khoảng 1.200 năm.

Năm 2023, Hội đồng Cây Di sản Việt Nam đã thẩm định 1.037 hồ sơ, công nhận 986 cây, đạt 95,1%. 6 tháng đầu năm 2024 có 572 cây được công nhận, tăng 18% so với cùng kỳ năm 2023.

Theo ông Trần Quang Vinh, Phó Cục trưởng Cục Bảo tồn thiên nhiên và Đa dạng sinh học, nhiều cây di sản đang bị xâm hại: khoảng 7% số cây có dấu hiệu suy yếu, mục rỗng; gần 40 cây bị chết hoặc gãy đổ trong giai đoạn 2019-2023.

Kinh phí xã hội hóa cho chăm sóc cây di sản ước hơn 120 tỷ đồng mỗi năm. Thực hiện Quyết định số 1250/QĐ-TTg, Bộ đặt mục tiêu đến năm 2030, 100% cây di sản được lập hồ sơ số và gắn mã QR; đồng thời đưa ít nhất 30 quần thể cây di sản vào các tuyến du lịch.

Tin cùng chuyên mục:
- Hướng dẫn thực hiện Nghị định số 08/2022/NĐ-CP về bảo vệ môi trường
- Ngày Đa dạng sinh học 22/5: Hành động vì thiên nhiên

Địa chỉ: Số 10 Tôn Thất Thuyết, quận Nam Từ Liêm, Hà Nội | Điện thoại: 024.3795.6868
"""

D19 = per("Ngày 19/8", "2024-08-19", "2024-08-19")
SINCE = per("từ năm 2010 đến nay", "2010-01-01", "2024-08-20")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
G = per("giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
CDS = "cây được công nhận Cây Di sản Việt Nam"

FIGS = [
    fig("hơn 7.900 Cây", "7.900", 7900, "count", "cây", approx="over", subject="Cây Di sản Việt Nam"),
    fig("khoảng 150 đại biểu", "150", 150, "count", "đại biểu", approx="about", subject="đại biểu tham dự hội thảo",
        period=D19),
    fig("hơn 7.900 cây", "7.900", 7900, "count", "cây", approx="over", subject=CDS, period=SINCE),
    fig("và 215 quần thể", "215", 215, "count", "quần thể", subject="quần thể cây được công nhận Cây Di sản Việt Nam",
        period=SINCE),
    fig("tại 63/63", "63", 63, "count", "tỉnh, thành phố", total=63, subject="tỉnh, thành phố có cây di sản",
        period=SINCE),
    fig("khoảng 31%", "31", 31, "percent", "%", approx="about", subject="nhóm đa, đề, si trong số cây di sản",
        period=inh(SINCE)),
    fig("chiếm 14%", "14", 14, "percent", "%", subject="nhóm lim, sến, táu trong số cây di sản", period=inh(SINCE)),
    fig("Hà Nội (1.126 cây)", "1.126", 1126, "count", "cây", subject="cây di sản", location="Hà Nội"),
    fig("Nghệ An (684 cây)", "684", 684, "count", "cây", subject="cây di sản", location="Nghệ An"),
    fig("Thanh Hóa (512 cây)", "512", 512, "count", "cây", subject="cây di sản", location="Thanh Hóa"),
    fig("khoảng 1.200 năm", "1.200", 1200, "measure", "năm", approx="about", status="estimate",
        subject="tuổi cây chò chỉ", location="Ninh Bình"),
    fig("thẩm định 1.037 hồ sơ", "1.037", 1037, "count", "hồ sơ", subject="hồ sơ Hội đồng Cây Di sản Việt Nam thẩm định",
        period=Y23),
    fig("công nhận 986 cây", "986", 986, "count", "cây", percent=95.1, subject="cây được công nhận", period=Y23),
    fig("có 572 cây", "572", 572, "count", "cây", change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="cây được công nhận", period=H1),
    fig("khoảng 7% số cây", "7", 7, "percent", "%", approx="about", subject="số cây có dấu hiệu suy yếu, mục rỗng"),
    fig("gần 40 cây", "40", 40, "count", "cây", approx="nearly", subject="cây di sản bị chết hoặc gãy đổ", period=G),
    fig("ước hơn 120 tỷ", "120", 120e9, "money", "đồng/năm", approx="over", status="estimate",
        subject="kinh phí xã hội hóa cho chăm sóc cây di sản"),
    fig("2030, 100% cây", "100", 100, "percent", "%", status="target",
        subject="cây di sản được lập hồ sơ số và gắn mã QR", period=T30),
    fig("ít nhất 30 quần thể", "30", 30, "count", "quần thể", approx="at_least", status="target",
        subject="quần thể cây di sản đưa vào các tuyến du lịch", period=T30),
]

NOTES = [
    "Ministry site (Bộ TN&MT): breadcrumb, '20/08/2024 | 14:15 | Cục ...' (published), related links, address footer.",
    "Distractors: 'Ngày 19/8', 'Quyết định số 1250/QĐ-TTg', 'Nghị định số 08/2022/NĐ-CP', 'Ngày Đa dạng sinh học 22/5', 'Số 10 Tôn Thất Thuyết',",
    "phone 024.3795.6868, 'mã QR', the period phrases 'từ năm 2010 đến nay', 'giai đoạn 2019-2023'. National figures: location Việt Nam.",
    "'63/63 tỉnh, thành phố' → total 63. 'Trong đó, nhóm ... chiếm khoảng 31%; ... 14%' stand alone (no amount): percent figures.",
    "'lần lượt là Hà Nội (1.126 cây), ...' → list items, subject 'cây di sản', location each, no period stated (current counts).",
    "'tuổi ước tính khoảng 1.200 năm' → estimate + about, location Ninh Bình. '986 cây, đạt 95,1%' → percent attribute.",
    "'ước hơn 120 tỷ đồng mỗi năm' → estimate, over, a yearly rate (đồng/năm). 'mục tiêu đến năm 2030' governs both 100% and 'ít nhất 30 quần thể'.",
]

if __name__ == "__main__":
    write("p1364-4", TEXT, NOTES, FIGS, published="2024-08-20", location="Việt Nam")
