"""p1168-4: ministry site (Bộ NN&PTNT), national stone craft villages and exports of stone handicrafts."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Phát triển nông thôn

Ngành đá mỹ nghệ: Giữ nghề truyền thống, mở rộng xuất khẩu

Ngày đăng: 15/05/2024 | Lượt xem: 1.032

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, cả nước hiện có 81 làng nghề, làng nghề truyền thống chế tác đá mỹ nghệ được công nhận, chiếm khoảng 4,1% tổng số làng nghề. Các làng nghề đá tập trung nhiều nhất tại Ninh Bình, Thanh Hóa, Đà Nẵng và Hải Dương, với lần lượt 14, 11, 6 và 5 làng nghề.

Năm 2023, kim ngạch xuất khẩu sản phẩm đá mỹ nghệ của Việt Nam ước đạt 126 triệu USD, tăng 6,3% so với năm 2022. Hàn Quốc, Nhật Bản và Hoa Kỳ là ba thị trường lớn nhất, chiếm tổng cộng gần 58% kim ngạch. Riêng quý I/2024, kim ngạch xuất khẩu đạt 31,4 triệu USD, tăng 4,8% so với cùng kỳ.

Ngành đá mỹ nghệ hiện thu hút khoảng 42.000 lao động, trong đó hơn 60% là lao động nông thôn. Thu nhập bình quân của thợ chế tác từ 6 đến 10 triệu đồng/người/tháng, thợ giỏi đạt 15-20 triệu đồng/người/tháng.

Thực hiện Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 (Quyết định số 801/QĐ-TTg), Bộ đặt mục tiêu đến năm 2030 có ít nhất 50% làng nghề đá mỹ nghệ có sản phẩm OCOP, 100% làng nghề được thu gom, xử lý chất thải. Theo dự báo của Hiệp hội, năm 2024 xuất khẩu đá mỹ nghệ có thể đạt khoảng 135 triệu USD.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
T30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
LIST = "làng nghề đá được công nhận"

FIGS = [
    fig("có 81 làng nghề", "81", 81, "count", "làng nghề", percent=4.1,
        subject="làng nghề, làng nghề truyền thống chế tác đá mỹ nghệ được công nhận"),
    fig("lần lượt 14", "14", 14, "count", "làng nghề", subject=LIST, location="Ninh Bình"),
    fig("14, 11", "11", 11, "count", "làng nghề", subject=LIST, location="Thanh Hóa"),
    fig("11, 6", "6", 6, "count", "làng nghề", subject=LIST, location="Đà Nẵng"),
    fig("6 và 5", "5", 5, "count", "làng nghề", subject=LIST, location="Hải Dương"),
    fig("ước đạt 126 triệu", "126", 126e6, "money", "USD", status="estimate",
        change=chg("increase", 6.3, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu sản phẩm đá mỹ nghệ", period=Y23),
    fig("là ba thị trường", "ba", 3, "count", "thị trường", optional=True,
        subject="thị trường lớn nhất", period=inh(Y23)),
    fig("gần 58%", "58", 58, "percent", "%", approx="nearly",
        subject="tỷ trọng kim ngạch của Hàn Quốc, Nhật Bản và Hoa Kỳ", period=inh(Y23)),
    fig("đạt 31,4 triệu", "31,4", 31.4e6, "money", "USD",
        change=chg("increase", 4.8, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu sản phẩm đá mỹ nghệ", period=Q1),
    fig("khoảng 42.000 lao động", "42.000", 42000, "count", "lao động", approx="about",
        subject="lao động ngành đá mỹ nghệ"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="lao động nông thôn trong lao động ngành đá mỹ nghệ"),
    fig("từ 6 đến 10 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập bình quân của thợ chế tác"),
    fig("đạt 15-20 triệu", "15", 15e6, "money", "đồng/người/tháng", value_max=20e6,
        subject="thu nhập bình quân thợ giỏi"),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="làng nghề đá mỹ nghệ có sản phẩm OCOP", period=T30),
    fig("100% làng nghề", "100", 100, "percent", "%", status="target",
        subject="làng nghề được thu gom, xử lý chất thải", period=T30),
    fig("khoảng 135 triệu", "135", 135e6, "money", "USD", approx="about", status="forecast",
        subject="xuất khẩu đá mỹ nghệ", period=Y24),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national article: location Việt Nam; list items are provinces, so each item's location is its province.",
    "Distractors: 'Lượt xem: 1.032', 'giai đoạn 2021-2030', 'Quyết định số 801/QĐ-TTg', 'Số 2 Ngọc Hà', phone 024.3846.8161.",
    "'lần lượt 14, 11, 6 và 5' is a ranking list after 'tập trung nhiều nhất': no total (does not add up to 81).",
    "'ba thị trường lớn nhất' names the group whose share follows: optional. 'gần 58%' is a percent figure (foreign markets are no place).",
    "'trong đó hơn 60% là lao động nông thôn' is a percent figure of its own. 'Theo dự báo ... có thể đạt' → forecast.",
]

if __name__ == "__main__":
    build("p1168-4", TEXT, FIGS, NOTES, published="2024-05-15", location="Việt Nam")
