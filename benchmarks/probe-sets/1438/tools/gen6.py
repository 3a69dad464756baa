"""p1438-6: national newspaper: Hải Phòng's adjusted land-price table (bảng giá đất) from 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Bất động sản > Chính sách
Thứ năm, 26/12/2024, 18:05 (GMT+7)

Hải Phòng: Giá đất cao nhất 162 triệu đồng mỗi m2

Bảng giá đất điều chỉnh của Hải Phòng tăng bình quân 35-45% ở khu vực quận, giá cao nhất gấp 1,8 lần mức cũ.

Ngày 25/12, UBND TP Hải Phòng ban hành quyết định điều chỉnh bảng giá đất giai đoạn 2020-2024, áp dụng từ ngày 1/1/2025. Theo đó, giá đất ở cao nhất là 162 triệu đồng/m2 tại phố Hoàng Văn Thụ, quận Hồng Bàng, gấp 1,8 lần mức cũ. Mức giá này đưa Hải Phòng xếp thứ 3 cả nước về giá đất cao nhất trong bảng giá, sau Hà Nội và TP HCM. Giá thấp nhất là 1,2 triệu đồng/m2 tại huyện đảo Bạch Long Vĩ.

Bình quân, giá đất ở tại các quận tăng 35-45%, tại các huyện tăng 20-30% so với bảng giá hiện hành. Đơn vị tư vấn là liên danh hai công ty thẩm định giá, đã khảo sát hơn 9.600 phiếu thông tin giao dịch trên 1.154 tuyến đường.

"Bảng giá mới mới tiệm cận khoảng 60-70% giá thị trường", ông Phạm Minh Đức, Phó chủ tịch Hiệp hội Thẩm định giá Việt Nam, nhận định. Theo ông, người dân tại một số tuyến phố trung tâm phải nộp tiền sử dụng đất cao gấp 1,5-2 lần trước đây khi chuyển mục đích sử dụng đất.

Năm 2024, thu tiền sử dụng đất của thành phố ước đạt 9.200 tỷ đồng, chiếm khoảng 26% tổng thu nội địa. Năm 2025, thành phố dự kiến thu 11.500 tỷ đồng từ nguồn này.

Lê Tân
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("cao nhất 162 triệu đồng mỗi", "162", 162e6, "money", "đồng/m2", subject="giá đất cao nhất"),
    fig("bình quân 35-45%", "35", 35, "percent", "%", value_max=45,
        subject="bảng giá đất điều chỉnh ở khu vực quận"),
    fig("cao nhất gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", subject="giá cao nhất so với mức cũ"),
    fig("là 162 triệu", "162", 162e6, "money", "đồng/m2", change=chg("increase", 1.8, "lần", "mức cũ"),
        subject="giá đất ở cao nhất", location="Hồng Bàng"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="giá đất cao nhất trong bảng giá"),
    fig("là 1,2 triệu", "1,2", 1.2e6, "money", "đồng/m2", subject="giá thấp nhất", location="Bạch Long Vĩ"),
    fig("quận tăng 35-45%", "35", 35, "percent", "%", value_max=45, subject="giá đất ở tại các quận"),
    fig("huyện tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="giá đất ở tại các huyện"),
    fig("liên danh hai công ty", "hai", 2, "count", "công ty",
        subject="công ty thẩm định giá trong liên danh tư vấn"),
    fig("hơn 9.600 phiếu", "9.600", 9600, "count", "phiếu", approx="over",
        subject="phiếu thông tin giao dịch đã khảo sát"),
    fig("trên 1.154 tuyến", "1.154", 1154, "count", "tuyến đường", subject="tuyến đường được khảo sát"),
    fig("khoảng 60-70%", "60", 60, "percent", "%", value_max=70, approx="about",
        subject="mức tiệm cận giá thị trường của bảng giá mới"),
    fig("gấp 1,5-2 lần", "1,5", 1.5, "multiple", "lần", value_max=2,
        subject="tiền sử dụng đất khi chuyển mục đích sử dụng đất"),
    fig("ước đạt 9.200 tỷ", "9.200", 9200e9, "money", "đồng", percent=26, status="estimate",
        subject="thu tiền sử dụng đất của thành phố", period=Y24),
    fig("thu 11.500 tỷ", "11.500", 11500e9, "money", "đồng", status="forecast",
        subject="thu tiền sử dụng đất", period=Y25),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 26/12/2024, 18:05 (GMT+7)', headline, sapo, quote, byline 'Lê Tân' at the end.",
    "Distractors: 18:05, (GMT+7), 'Ngày 25/12', 'giai đoạn 2020-2024', 'ngày 1/1/2025' (the table's effective date: not a period of its figures).",
    "The headline and sapo restate body figures and are figures of their own. Sapo 'giá cao nhất gấp 1,8 lần mức cũ' has no base amount:",
    "a multiple as the claim; in the body the same 'gấp 1,8 lần mức cũ' follows 162 triệu đồng/m2 and is its change (lần).",
    "'162 triệu đồng mỗi m2' → unit đồng/m2. Location: Hải Phòng by default; the body's top price is on a street of quận Hồng Bàng, the lowest",
    "in huyện Bạch Long Vĩ. 'xếp thứ 3 cả nước' ranks Hải Phòng (location Hải Phòng, as the shared gold's ranks).",
    "Percent rises 35-45% / 20-30% are rates as the claim (no change). 'cao gấp 1,5-2 lần trước đây' stands alone: multiple, range.",
    "The quoted expert's '60-70%' concerns Hải Phòng's table (location Hải Phòng). 'ước đạt' → estimate, 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1438-6", TEXT, NOTES, FIGS, published="2024-12-26", location="Hải Phòng")
