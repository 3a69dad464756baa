"""p1168-5: Party newspaper (Báo Hải Dương), stone carving village Kính Chủ (thị xã Kinh Môn)."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Làng đá Kính Chủ giữ lửa nghề trăm năm

Từ những khối đá xanh thô ráp, đôi tay người thợ Kính Chủ đã tạo nên hàng nghìn sản phẩm tinh xảo mỗi năm. Nghề chạm khắc đá đang mang lại nguồn thu ổn định cho người dân nơi đây.

Làng Kính Chủ thuộc thị xã Kinh Môn hiện có 62 hộ theo nghề chạm khắc đá với khoảng 250 lao động thường xuyên. Năm 2023, doanh thu từ nghề đá của làng đạt gần 38 tỷ đồng, tăng 15% so với năm 2022, chiếm 46% tổng thu nhập của thôn.

Xưởng đá của nghệ nhân Đỗ Văn Hiển ở đầu làng là một trong những cơ sở lớn nhất. Ông Hiển năm nay 58 tuổi, có hơn 40 năm gắn bó với nghề. Xưởng thường xuyên có 14 thợ, mỗi người được trả 350.000-500.000 đồng/ngày công tùy tay nghề. Mỗi tháng, xưởng hoàn thành từ 20 đến 25 bộ sản phẩm như sư tử đá, bia đá, cuốn thư; năm 2023 doanh thu đạt khoảng 4,5 tỷ đồng.

"Đá xanh Thanh Hóa bây giờ đắt hơn trước nhiều, mỗi khối 1 m3 giá khoảng 9 triệu đồng, nhưng khách vẫn đặt đều", ông Hiển cho biết.

Toàn tỉnh Hải Dương hiện có 4 làng nghề chạm khắc đá được công nhận, song chỉ Kính Chủ còn duy trì sản xuất quy mô lớn. Thị xã Kinh Môn phấn đấu đến năm 2025 doanh thu nghề đá của làng đạt 50 tỷ đồng, đào tạo thêm 100 thợ trẻ; đồng thời quy hoạch khu sản xuất tập trung rộng 3,5 ha cách khu dân cư hơn 500 m.

THÀNH CHUNG
12/3/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
KM = "Kinh Môn"
X = "xưởng đá của nghệ nhân Đỗ Văn Hiển"

FIGS = [
    fig("hàng nghìn sản phẩm", "nghìn", 1000, "count", "sản phẩm", approx="about", optional=True,
        subject="sản phẩm thợ Kính Chủ làm mỗi năm", location=KM),
    fig("có 62 hộ", "62", 62, "count", "hộ", subject="hộ theo nghề chạm khắc đá làng Kính Chủ", location=KM),
    fig("khoảng 250 lao động", "250", 250, "count", "lao động", approx="about",
        subject="lao động thường xuyên nghề chạm khắc đá", location=KM),
    fig("gần 38 tỷ", "38", 38e9, "money", "đồng", approx="nearly", percent=46, location=KM,
        change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu từ nghề đá của làng", period=Y23),
    fig("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi ông Hiển", location=KM),
    fig("hơn 40 năm", "40", 40, "measure", "năm", approx="over", optional=True,
        subject="thời gian ông Hiển gắn bó với nghề", location=KM),
    fig("có 14 thợ", "14", 14, "count", "thợ", subject=f"thợ {X}", location=KM),
    fig("350.000-500.000", "350.000", 350000, "money", "đồng/ngày công", value_max=500000,
        subject="tiền công thợ", location=KM),
    fig("từ 20 đến 25 bộ", "20", 20, "count", "bộ sản phẩm", value_max=25,
        subject="bộ sản phẩm xưởng hoàn thành mỗi tháng", location=KM),
    fig("khoảng 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="about",
        subject=f"doanh thu {X}", period=Y23b, location=KM),
    fig("khoảng 9 triệu", "9", 9e6, "money", "đồng/m3", approx="about",
        subject="giá đá xanh Thanh Hóa mỗi khối 1 m3", location=KM),
    fig("có 4 làng nghề", "4", 4, "count", "làng nghề", subject="làng nghề chạm khắc đá được công nhận"),
    fig("đạt 50 tỷ", "50", 50e9, "money", "đồng", status="target", location=KM,
        subject="doanh thu nghề đá của làng", period=T25),
    fig("thêm 100 thợ", "100", 100, "count", "thợ trẻ", status="target", location=KM,
        subject="thợ trẻ được đào tạo thêm", period=T25),
    fig("rộng 3,5 ha", "3,5", 3.5, "measure", "ha", status="target", location=KM,
        subject="khu sản xuất tập trung quy hoạch", period=T25),
    fig("hơn 500 m", "500", 500, "measure", "m", approx="over", status="target", location=KM,
        subject="khoảng cách khu sản xuất tập trung tới khu dân cư", period=T25),
]

NOTES = [
    "Party newspaper (Báo Hải Dương): byline THÀNH CHUNG and bare date '12/3/2024' at the end. Village in thị xã Kinh Môn:",
    "its figures and the workshop passage get location Kinh Môn; the province count '4 làng nghề' gets Hải Dương.",
    "Distractors: 'đôi tay' (a pair of hands, not a number), 'một trong những cơ sở lớn nhất' (idiom), 'mỗi khối 1 m3' (the unit of the price).",
    "'hàng nghìn sản phẩm' (vague, optional), the craftsman's age and years in the trade (optional).",
    "'chiếm 46% tổng thu nhập của thôn' is the percent of 38 tỷ, after its change. 'phấn đấu đến năm 2025 ...; đồng thời quy hoạch …'",
    "continues the target clause, so 3,5 ha and 500 m are targets too.",
]

if __name__ == "__main__":
    build("p1168-5", TEXT, FIGS, NOTES, published="2024-03-12", location="Hải Dương")
