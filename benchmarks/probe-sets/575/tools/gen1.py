"""p575-1: province portal, Quảng Bình, grassroots radio stations converted to IP (CNTT-VT)."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Thông tin - Truyền thông

Quảng Bình: 92% xã, phường, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông

Cập nhật: 14/08/2024 08:45

Theo Sở Thông tin và Truyền thông, tính đến ngày 31/7/2024, toàn tỉnh có 139/151 xã, phường, thị trấn đã chuyển đổi đài truyền thanh cơ sở sang ứng dụng công nghệ thông tin - viễn thông (CNTT-VT), đạt 92%, vượt chỉ tiêu Kế hoạch số 1865/KH-UBND đề ra (80%).

Trong 7 tháng đầu năm, các đài truyền thanh cấp xã đã phát sóng hơn 86.000 giờ chương trình, sản xuất khoảng 21.300 tin, bài về chủ trương, chính sách và tình hình địa phương. Trung bình mỗi đài phát 3 buổi/ngày, mỗi buổi từ 30 đến 45 phút.

Hệ thống truyền thanh cơ sở hiện có 2.846 cụm loa, trong đó 1.978 cụm loa ứng dụng CNTT-VT (tăng 415 cụm so với cuối năm 2023) và 868 cụm loa không dây FM. Các địa phương hoàn thành chuyển đổi sớm là TP Đồng Hới (16/16 xã, phường), thị xã Ba Đồn (16/16) và huyện Quảng Trạch (17/17); huyện Bố Trạch đạt 26/28 xã, thị trấn.

Tổng kinh phí đầu tư chuyển đổi giai đoạn 2021-2024 khoảng 42,7 tỷ đồng, trong đó ngân sách tỉnh 25,3 tỷ đồng, còn lại do ngân sách cấp huyện và nguồn xã hội hóa. Phấn đấu đến hết năm 2025, 100% xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT-VT và 100% thôn, bản, tổ dân phố có cụm loa hoạt động.

Mọi ý kiến phản ánh xin gửi về Sở Thông tin và Truyền thông, số 06 Hùng Vương, TP Đồng Hới; điện thoại 0232.3822.591.

Lượt xem: 1.927
"""

ASOF = P("tính đến ngày 31/7/2024", None, "2024-07-31")
M7 = P("7 tháng đầu năm", "2024-01-01", "2024-07-31")
GD = P("giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")
SUBJ_CONV = "xã, phường hoàn thành chuyển đổi sớm"

FIGS = [
    F("Quảng Bình: 92%", "92", 92, "percent", "%",
      "xã, phường, thị trấn có đài truyền thanh ứng dụng công nghệ thông tin - viễn thông", I(ASOF)),
    F("có 139/151 xã", "139", 139, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đã chuyển đổi đài truyền thanh cơ sở sang ứng dụng công nghệ thông tin - viễn thông",
      ASOF, total=151, percent=92, target=TG(80, met=True)),
    F("có 2.846 cụm loa", "2.846", 2846, "count", "cụm loa", "cụm loa của hệ thống truyền thanh cơ sở"),
    F("đó 1.978 cụm loa", "1.978", 1978, "count", "cụm loa", "cụm loa ứng dụng CNTT-VT",
      total=2846, change=CH("increase", 415, "cụm", "cuối năm 2023")),
    F("và 868 cụm loa", "868", 868, "count", "cụm loa", "cụm loa không dây FM", total=2846),
    F("(16/16 xã, phường)", "16", 16, "count", "xã, phường", SUBJ_CONV, I(ASOF), total=16, location="Đồng Hới"),
    F("Ba Đồn (16/16)", "16", 16, "count", "xã, phường", SUBJ_CONV, I(ASOF), total=16, location="Ba Đồn"),
    F("Quảng Trạch (17/17)", "17", 17, "count", "xã, phường", SUBJ_CONV, I(ASOF), total=17, location="Quảng Trạch"),
    F("đạt 26/28 xã", "26", 26, "count", "xã, thị trấn", "xã, thị trấn hoàn thành chuyển đổi", I(ASOF), total=28, location="Bố Trạch"),
    F("hơn 86.000 giờ", "86.000", 86000, "measure", "giờ",
      "thời lượng phát sóng chương trình của các đài truyền thanh cấp xã", M7, approx="over"),
    F("khoảng 21.300 tin", "21.300", 21300, "count", "tin, bài",
      "tin, bài về chủ trương, chính sách và tình hình địa phương", M7, approx="about"),
    F("phát 3 buổi/ngày", "3", 3, "measure", "buổi/ngày", "số buổi phát trung bình mỗi đài"),
    F("từ 30 đến 45 phút", "30", 30, "measure", "phút", "thời lượng mỗi buổi phát", value_max=45),
    F("khoảng 42,7 tỷ đồng", "42,7", 42.7e9, "money", "đồng", "tổng kinh phí đầu tư chuyển đổi", GD,
      approx="about"),
    F("tỉnh 25,3 tỷ đồng", "25,3", 25.3e9, "money", "đồng", "kinh phí đầu tư chuyển đổi từ ngân sách tỉnh", GD,
      total=42.7e9),
    F("2025, 100% xã", "100", 100, "percent", "%",
      "xã, phường, thị trấn có đài truyền thanh ứng dụng CNTT-VT", T25, status="target"),
    F("và 100% thôn", "100", 100, "percent", "%", "thôn, bản, tổ dân phố có cụm loa hoạt động", T25,
      status="target"),
]

COMMENTS = [
    "Quảng Bình provincial portal: grassroots radio stations converted to IP loudspeakers (CNTT-VT), as of 31/7/2024.",
    "Breadcrumb, 'Cập nhật: 14/08/2024 08:45' dateline, 'Lượt xem: 1.927' counter (furniture). Kế hoạch số 1865/KH-UBND,",
    "address 'số 06 Hùng Vương', phone 0232.3822.591 and 'giai đoạn 2021-2024' are not figures.",
    "139/151 carries total 151, percent 92 (đạt 92%) and target 80 (vượt chỉ tiêu ... (80%), met). The headline 92% is its own figure.",
    "revised: list subjects trimmed to the list's indicator as its sentence names it ('xã, phường hoàn thành chuyển đổi sớm');",
    "  they had imported 'đài truyền thanh sang ứng dụng CNTT-VT' from the lead sentence (FIGURES.md: subject as the sentence names it).",
    "District list items take the list's unit and indicator; the district goes to location. 'Hiện có' sentences get no period.",
]

if __name__ == "__main__":
    emit("p575-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Quảng Bình")
