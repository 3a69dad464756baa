"""p1484-8: radio/TV site (Đài PT-TH Nghệ An, '(NTV) -'): notebook market in TP Vinh, August 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Thị trường vở học sinh ở TP Vinh nhộn nhịp trước ngày tựu trường

Cập nhật lúc 18:20 ngày 28/08/2024

(NTV) - Chỉ còn ít ngày nữa là học sinh bước vào năm học mới, các cửa hàng văn phòng phẩm tại TP Vinh đông khách. Lượng khách mua sắm tăng gấp 2 lần ngày thường.

Tại cửa hàng sách Minh Châu trên đường Lê Lợi, mỗi ngày bán ra từ 1.500 đến 2.000 cuốn vở. Chủ cửa hàng cho biết, vở do doanh nghiệp trong nước sản xuất chiếm trên 80% lượng hàng bày bán; giá vở kẻ ô ly phổ biến 7.000-9.000 đồng/cuốn, tương đương năm 2023.

Theo Sở Công Thương, năm nay toàn tỉnh có 19 doanh nghiệp đăng ký bình ổn giá đồ dùng học tập với 96 điểm bán, trong đó TP Vinh có 41 điểm. Theo Sở Giáo dục và Đào tạo, toàn tỉnh hiện có gần 780.000 học sinh phổ thông, đứng thứ 4 cả nước, sau Hà Nội, TP Hồ Chí Minh và Thanh Hóa. Nhu cầu vở mỗi năm khoảng 15 triệu cuốn.

Từ ngày 1/8 đến ngày 25/8, Chi cục Quản lý thị trường tỉnh đã kiểm tra 23 cơ sở kinh doanh đồ dùng học tập, xử lý 5 cơ sở vi phạm, giảm 3 cơ sở so với cùng kỳ năm 2023, với tổng số tiền phạt 28,5 triệu đồng; tịch thu hơn 1.500 cuốn vở in hình nhân vật hoạt hình không rõ nguồn gốc.

Dự kiến trong tháng 9, ngành chức năng tổ chức thêm hai đợt kiểm tra tại các huyện Diễn Châu, Quỳnh Lưu và thị xã Hoàng Mai.

Minh Khôi - Ngọc Anh (NTV)
"""

NAY = per("năm nay", "2024-01-01", "2024-12-31")
AUG = per("Từ ngày 1/8 đến ngày 25/8", "2024-08-01", "2024-08-25")
SEP = per("trong tháng 9", "2024-09-01", "2024-09-30")
V = "Vinh"

FIGS = [
    fig("gấp 2 lần", "2", 2, "multiple", "lần", subject="lượng khách mua sắm", location=V),
    fig("từ 1.500 đến 2.000", "1.500", 1500, "measure", "cuốn vở/ngày", value_max=2000,
        subject="vở cửa hàng sách Minh Châu bán ra mỗi ngày", location=V),
    fig("trên 80%", "80", 80, "percent", "%", approx="over",
        subject="vở do doanh nghiệp trong nước sản xuất trong lượng hàng bày bán", location=V),
    fig("7.000-9.000", "7.000", 7000, "money", "đồng/cuốn", value_max=9000, subject="giá vở kẻ ô ly",
        location=V),
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        subject="doanh nghiệp đăng ký bình ổn giá đồ dùng học tập", period=NAY),
    fig("với 96 điểm", "96", 96, "count", "điểm bán", subject="điểm bán bình ổn giá", period=NAY),
    fig("có 41 điểm", "41", 41, "count", "điểm", total=96, subject="điểm bán bình ổn giá", period=NAY,
        location=V),
    fig("gần 780.000 học sinh", "780.000", 780000, "count", "học sinh", approx="nearly",
        subject="học sinh phổ thông"),
    fig("thứ 4 cả nước", "4", 4, "rank", "hạng", subject="số học sinh phổ thông"),
    fig("khoảng 15 triệu", "15", 15e6, "measure", "cuốn/năm", approx="about", subject="nhu cầu vở mỗi năm"),
    fig("kiểm tra 23 cơ sở", "23", 23, "count", "cơ sở",
        subject="cơ sở kinh doanh đồ dùng học tập được kiểm tra", period=AUG),
    fig("xử lý 5 cơ sở", "5", 5, "count", "cơ sở", change=chg("decrease", 3, "cơ sở", "cùng kỳ năm 2023"),
        subject="cơ sở vi phạm bị xử lý", period=AUG),
    fig("phạt 28,5 triệu", "28,5", 28.5e6, "money", "đồng", subject="tổng số tiền phạt", period=AUG),
    fig("hơn 1.500 cuốn", "1.500", 1500, "count", "cuốn vở", approx="over",
        subject="vở in hình nhân vật hoạt hình không rõ nguồn gốc bị tịch thu", period=AUG),
    fig("thêm hai đợt", "hai", 2, "count", "đợt", status="forecast", subject="đợt kiểm tra tổ chức thêm",
        period=SEP),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An): menu, 'Cập nhật lúc 18:20 ngày 28/08/2024', tag '(NTV) -', byline with '(NTV)' at the end.",
    "Distractors: 18:20, 'đường Lê Lợi', 'Từ ngày 1/8 đến ngày 25/8' (period), 'năm 2023' (baselines).",
    "The shop passage stands in TP Vinh → location Vinh; the province paragraphs → Nghệ An; 'trong đó TP Vinh có 41 điểm' → total 96, Vinh.",
    "'Lượng khách mua sắm tăng gấp 2 lần ngày thường' has no base amount: a 'multiple' figure standing alone.",
    "'mỗi ngày bán ra từ 1.500 đến 2.000 cuốn vở' and 'Nhu cầu vở mỗi năm khoảng 15 triệu cuốn' are rates → measure.",
    "'đứng thứ 4 cả nước' → rank of the province (location Nghệ An, as in the shared gold's ranks); 'hiện' → no period.",
    "'xử lý 5 cơ sở vi phạm, giảm 3 cơ sở so với cùng kỳ năm 2023' → change decrease 3 cơ sở. The 1-25/8 span → 2024 (dateline year).",
    "'Dự kiến trong tháng 9 ... thêm hai đợt' → forecast, September 2024.",
]

if __name__ == "__main__":
    write("p1484-8", TEXT, NOTES, FIGS, published="2024-08-28", location="Nghệ An")
