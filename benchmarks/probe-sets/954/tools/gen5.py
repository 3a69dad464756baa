"""p954-5: Party/provincial newspaper (Báo Tuyên Quang): Lễ hội Lồng tông Thượng Lâm, huyện Lâm Bình, 2024."""
from lib import F, P, Pi, C, build

TEXT = """
BÁO TUYÊN QUANG ĐIỆN TỬ
Văn hóa › Lễ hội

Lâm Bình: Rộn ràng Lễ hội Lồng tông Thượng Lâm

Ngày 18/2/2024 (mùng 9 tháng Giêng), tại khu văn hóa thôn Nà Va, xã Thượng Lâm, huyện Lâm Bình tổ chức Lễ hội Lồng tông năm 2024. Đây là năm thứ 8 lễ hội được tổ chức ở quy mô cấp huyện.

Lễ hội thu hút trên 10.000 lượt người dân và du khách, trong đó khoảng 1.200 lượt khách quốc tế. Phần hội có 7 môn thi gồm ném còn, kéo co, đẩy gậy, bắn nỏ, đi cà kheo, tung còn và đánh quay, với 356 vận động viên của 8 xã, thị trấn tham gia. Đội xã Thượng Lâm dẫn đầu toàn đoàn với 4 giải Nhất; đội xã Lăng Can và xã Khuôn Hà lần lượt xếp thứ hai và thứ ba.

Tại lễ hội, 12 gian hàng giới thiệu sản phẩm OCOP và ẩm thực của đồng bào Tày; doanh thu ước đạt 350 triệu đồng, tăng 25% so với năm 2023. Thịt trâu gác bếp, đặc sản của xã, được bán với giá 900.000 đồng/kg. Giá phòng homestay dao động 150.000-200.000 đồng/người/đêm, công suất phòng những ngày lễ hội đạt gần 100%.

Năm 2023, huyện Lâm Bình đón 112.000 lượt khách, doanh thu du lịch đạt 85 tỷ đồng. Năm 2024, huyện phấn đấu đón 130.000 lượt khách, trong đó khách quốc tế chiếm 10%. Từ thành phố Tuyên Quang, du khách theo Quốc lộ 2C và đường ĐT.188 để lên Lâm Bình.

Lễ hội Lồng tông Thượng Lâm được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia theo Quyết định số 4553/QĐ-BVHTTDL.

THU HẰNG
19/02/2024
"""

DAY = P("Ngày 18/2/2024", "2024-02-18", "2024-02-18")
I = Pi(DAY)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm thứ 8", "8", 8, "count", "năm", "năm lễ hội được tổ chức ở quy mô cấp huyện",
      period=I, optional=True),
    F("trên 10.000 lượt", "10.000", 10000, "count", "lượt", "lượt người dân và du khách dự lễ hội",
      approx="over", period=I),
    F("khoảng 1.200 lượt", "1.200", 1200, "count", "lượt", "lượt khách quốc tế dự lễ hội",
      approx="about", total=10000, period=I),
    F("có 7 môn thi", "7", 7, "count", "môn thi", "môn thi phần hội", period=I),
    F("với 356 vận động viên", "356", 356, "count", "vận động viên", "vận động viên tham gia phần hội", period=I),
    F("của 8 xã", "8", 8, "count", "xã, thị trấn", "xã, thị trấn có vận động viên tham gia", period=I),
    F("với 4 giải Nhất", "4", 4, "count", "giải Nhất", "giải Nhất của đội xã Thượng Lâm", period=I),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", "xếp hạng toàn đoàn của đội xã Lăng Can", period=I),
    F("và thứ ba", "ba", 3, "rank", "hạng", "xếp hạng toàn đoàn của đội xã Khuôn Hà", period=I),
    F("12 gian hàng", "12", 12, "count", "gian hàng", "gian hàng giới thiệu sản phẩm OCOP và ẩm thực",
      period=I),
    F("ước đạt 350 triệu đồng", "350", 350e6, "money", "đồng", "doanh thu các gian hàng tại lễ hội",
      status="estimate", change=C("increase", 25, "%", "năm 2023"), period=I),
    F("900.000 đồng/kg", "900.000", 900000, "money", "đồng/kg", "giá thịt trâu gác bếp"),
    F("150.000-200.000 đồng/người/đêm", "150.000", 150000, "money", "đồng/người/đêm",
      "giá phòng homestay", value_max=200000),
    F("đạt gần 100%", "100", 100, "percent", "%", "công suất phòng những ngày lễ hội", approx="nearly"),
    F("đón 112.000 lượt khách", "112.000", 112000, "count", "lượt khách", "lượt khách đến Lâm Bình",
      period=Y23),
    F("đạt 85 tỷ đồng", "85", 85e9, "money", "đồng", "doanh thu du lịch", period=Y23),
    F("đón 130.000 lượt khách", "130.000", 130000, "count", "lượt khách", "lượt khách đến Lâm Bình",
      status="target", period=Y24),
    F("chiếm 10%", "10", 10, "percent", "%", "tỷ lệ khách quốc tế", status="target", period=Y24),
]

COMMENTS = [
    "Báo Tuyên Quang (invented): Lễ hội Lồng tông Thượng Lâm, huyện Lâm Bình, 18/2/2024. Byline 'THU HẰNG' and bare date '19/02/2024' at the end.",
    "Location: the district Lâm Bình throughout (communes Thượng Lâm, Lăng Can, Khuôn Hà lie in it; a commune is not a location level of FIGURES.md).",
    "Festival figures inherit 'Ngày 18/2/2024' (unscored); prices and 'công suất phòng … gần 100%' get no period ('những ngày lễ hội' names no date).",
    "'năm thứ 8' (a streak/edition) optional. 'lần lượt xếp thứ hai và thứ ba' gives two ranks. 'trong đó khách quốc tế chiếm 10%' is a share of a part",
    "not stated as an amount: a percent figure of its own (target, it continues 'phấn đấu'). Distractors: 'mùng 9 tháng Giêng', 'Quốc lộ 2C', 'ĐT.188',",
    "'Quyết định số 4553/QĐ-BVHTTDL', 'OCOP'.",
]

if __name__ == "__main__":
    build(5, TEXT, FIGS, COMMENTS, published="2024-02-19", location="Lâm Bình")
