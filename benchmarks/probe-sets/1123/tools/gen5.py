"""p1123-5: Party newspaper (Báo Thừa Thiên Huế) - làng bún Vân Cù, thị xã Hương Trà; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Làng bún Vân Cù giữ nghề, giữ nước

Làng Vân Cù (xã Hương Toàn, thị xã Hương Trà) hiện có 215 hộ làm bún trên tổng số 640 hộ dân, mỗi ngày cung cấp cho thị trường khoảng 18 tấn bún tươi. Theo các bậc cao niên, nghề bún ở đây đã có hơn 500 năm; dịp rằm tháng Giêng, sản lượng tăng gấp rưỡi ngày thường.

Bà Nguyễn Thị Lài, 62 tuổi, ở xóm Đình, mỗi đêm xay 80 kg gạo, làm ra khoảng 2 tạ bún. Với giá bán buôn 12.000 đồng/kg, trừ chi phí, gia đình bà lãi 300.000-350.000 đồng/ngày. Từ 1 giờ sáng, cả nhà đã dậy ép bún để kịp giao cho các chợ Đông Ba, An Cựu trước 5 giờ.

Theo UBND thị xã Hương Trà, năm 2023 làng bún Vân Cù đạt doanh thu khoảng 65 tỷ đồng, tăng 12% so với năm 2022; thu nhập bình quân của lao động làm nghề 5,5 triệu đồng/người/tháng. Tuy vậy, mỗi ngày làng thải ra hơn 300 m³ nước thải, phần lớn chảy thẳng ra sông Bồ.

Hiện thị xã đang triển khai dự án hệ thống thu gom, xử lý nước thải công suất 400 m³/ngày đêm, tổng mức đầu tư 14,8 tỷ đồng. Dự kiến đến quý IV/2024, công trình sẽ thu gom được khoảng 90% lượng nước thải của làng.

Toàn tỉnh Thừa Thiên Huế hiện có 88 làng nghề, trong đó 9 làng nghề chế biến bún, bánh. Năm 2024, tỉnh phấn đấu có thêm ít nhất 3 sản phẩm bún, bánh đạt chuẩn OCOP.

MINH HIỀN
20/03/2024
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("đến quý IV/2024", None, "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TTH = "Thừa Thiên Huế"

FIGS = [
    fig("có 215 hộ", "215", 215, "count", "hộ", total=640, subject="hộ làm bún"),
    fig("khoảng 18 tấn", "18", 18, "measure", "tấn", approx="about",
        subject="bún tươi cung cấp cho thị trường mỗi ngày"),
    fig("hơn 500 năm", "500", 500, "measure", "năm", approx="over", optional=True,
        subject="tuổi nghề bún Vân Cù"),
    fig("gấp rưỡi", "rưỡi", 1.5, "multiple", "lần",
        subject="sản lượng bún dịp rằm tháng Giêng so với ngày thường"),
    fig("62 tuổi", "62", 62, "measure", "tuổi", optional=True, subject="tuổi bà Nguyễn Thị Lài"),
    fig("xay 80 kg", "80", 80, "measure", "kg", subject="gạo gia đình bà Lài xay mỗi đêm"),
    fig("khoảng 2 tạ", "2", 2, "measure", "tạ", approx="about", subject="bún gia đình bà Lài làm ra mỗi đêm"),
    fig("buôn 12.000", "12.000", 12000, "money", "đồng/kg", subject="giá bún bán buôn"),
    fig("lãi 300.000-350.000", "300.000", 300000, "money", "đồng/ngày", value_max=350000,
        subject="tiền lãi của gia đình bà Lài"),
    fig("khoảng 65 tỷ", "65", 65e9, "money", "đồng", approx="about",
        change=chg("increase", 12, "%", "năm 2022"),
        subject="doanh thu làng bún Vân Cù", period=Y23),
    fig("nghề 5,5 triệu", "5,5", 5.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động làm nghề bún", period=Y23),
    fig("hơn 300 m³", "300", 300, "measure", "m³", approx="over",
        subject="nước thải làng thải ra mỗi ngày"),
    fig("công suất 400 m³", "400", 400, "measure", "m³/ngày đêm",
        subject="công suất hệ thống thu gom, xử lý nước thải"),
    fig("tư 14,8 tỷ", "14,8", 14.8e9, "money", "đồng",
        subject="tổng mức đầu tư dự án hệ thống thu gom, xử lý nước thải"),
    fig("khoảng 90%", "90", 90, "percent", "%", approx="about", status="forecast",
        subject="lượng nước thải của làng được thu gom", period=Q4),
    fig("có 88 làng nghề", "88", 88, "count", "làng nghề", location=TTH, subject="làng nghề"),
    fig("trong đó 9 làng nghề", "9", 9, "count", "làng nghề", total=88, location=TTH,
        subject="làng nghề chế biến bún, bánh"),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        location=TTH, subject="sản phẩm bún, bánh đạt chuẩn OCOP", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Thừa Thiên Huế): làng bún Vân Cù, xã Hương Toàn, thị xã Hương Trà; byline 'MINH HIỀN' and bare date 20/03/2024 at the end.",
    "Distractors: times '1 giờ sáng', '5 giờ', 'rằm tháng Giêng', the byline date. '640 hộ dân' after 'trên tổng số' is the total of 215 (attribute, not a figure).",
    "'gấp rưỡi' = 1,5 lần, a multiple standing as the claim. '62 tuổi' and 'hơn 500 năm' (age, history) optional.",
    "Location: the village and the household are in thị xã Hương Trà (default); the province-wide counts in the last paragraph are Thừa Thiên Huế.",
    "The project's capacity and investment are stated facts (actual, no period); 'Dự kiến đến quý IV/2024' makes 90% a forecast with an as-of end.",
    "The household portrait and 'mỗi ngày', 'hiện' figures get no period.",
]

if __name__ == "__main__":
    write("p1123-5", TEXT, NOTES, FIGS, published="2024-03-20", location="Hương Trà")
