"""p1151-4: Bộ Công Thương site. National mattress and bedding exports 2023, markets, FDI, trade-remedy cases, 2024 forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Xuất nhập khẩu

Năm 2023, xuất khẩu nệm và chăn ga gối đạt 1,62 tỷ USD

14/03/2024 | 10:05 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023, kim ngạch xuất khẩu nệm, đệm và chăn ga gối của Việt Nam đạt 1,62 tỷ USD, giảm 6,4% so với năm 2022 do nhu cầu tại các thị trường chính suy yếu. Riêng quý IV/2023, kim ngạch đạt 468 triệu USD, tăng 12,1% so với quý trước.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 1,05 tỷ USD, chiếm 64,8% tổng kim ngạch; tiếp đến là Nhật Bản 142 triệu USD, Hàn Quốc 96 triệu USD và Australia 71 triệu USD. Việt Nam hiện đứng thứ 3 trong các nước cung cấp nệm cho thị trường Hoa Kỳ.

Cả nước có khoảng 540 doanh nghiệp sản xuất nệm, chăn ga gối, trong đó hơn 190 doanh nghiệp FDI, tập trung chủ yếu tại các khu công nghiệp ở Bình Dương, Đồng Nai, Long An và Tây Ninh. Tổng vốn FDI đăng ký vào lĩnh vực này đến hết năm 2023 đạt khoảng 2,3 tỷ USD, gấp 3 lần năm 2018; riêng nhà đầu tư Trung Quốc chiếm gần 60%. Ngành sử dụng trên 85.000 lao động, thu nhập bình quân từ 7 đến 10 triệu đồng/người/tháng.

Từ năm 2020 đến nay, sản phẩm nệm của Việt Nam là đối tượng của 4 vụ việc điều tra phòng vệ thương mại, trong đó 3 vụ việc do Hoa Kỳ khởi xướng. Trong năm 2023, Cục Phòng vệ thương mại đã tổ chức 6 hội nghị hướng dẫn hơn 300 lượt doanh nghiệp về xuất xứ hàng hóa.

Cục Xuất nhập khẩu dự báo năm 2024 kim ngạch xuất khẩu nhóm hàng này có thể đạt từ 1,8 đến 1,9 tỷ USD. Bộ Công Thương đặt mục tiêu đến năm 2030 nâng tỷ lệ nội địa hóa nguyên liệu ngành nệm lên ít nhất 70%.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.22202222
"""

Y23H = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
ASOF = per("đến hết năm 2023", None, "2023-12-31")
SINCE = per("Từ năm 2020 đến nay", "2020-01-01", "2024-03-14")
IN23 = per("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("gối đạt 1,62 tỷ", "1,62", 1.62e9, "money", "USD", period=Y23H,
        subject="xuất khẩu nệm và chăn ga gối"),
    fig("Nam đạt 1,62 tỷ", "1,62", 1.62e9, "money", "USD", period=Y23,
        change=chg("decrease", 6.4, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu nệm, đệm và chăn ga gối"),
    fig("đạt 468 triệu", "468", 468e6, "money", "USD", period=Q4,
        change=chg("increase", 12.1, "%", "quý trước"), subject="kim ngạch xuất khẩu nệm, chăn ga gối"),
    fig("với 1,05 tỷ", "1,05", 1.05e9, "money", "USD", percent=64.8, period=inh(Y23),
        subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ"),
    fig("Nhật Bản 142 triệu", "142", 142e6, "money", "USD", period=inh(Y23),
        subject="kim ngạch xuất khẩu sang Nhật Bản"),
    fig("Hàn Quốc 96 triệu", "96", 96e6, "money", "USD", period=inh(Y23),
        subject="kim ngạch xuất khẩu sang Hàn Quốc"),
    fig("Australia 71 triệu", "71", 71e6, "money", "USD", period=inh(Y23),
        subject="kim ngạch xuất khẩu sang Australia"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="nước cung cấp nệm cho thị trường Hoa Kỳ"),
    fig("khoảng 540 doanh nghiệp", "540", 540, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất nệm, chăn ga gối"),
    fig("hơn 190 doanh nghiệp", "190", 190, "count", "doanh nghiệp", approx="over", total=540,
        subject="doanh nghiệp FDI sản xuất nệm, chăn ga gối"),
    fig("khoảng 2,3 tỷ", "2,3", 2.3e9, "money", "USD", approx="about", period=ASOF,
        change=chg("increase", 3, "lần", "năm 2018"), subject="tổng vốn FDI đăng ký vào lĩnh vực này"),
    fig("gần 60%", "60", 60, "percent", "%", approx="nearly", period=ASOF,
        subject="tỷ trọng vốn FDI của nhà đầu tư Trung Quốc"),
    fig("trên 85.000 lao động", "85.000", 85000, "count", "lao động", approx="over",
        subject="lao động ngành nệm, chăn ga gối"),
    fig("từ 7 đến 10 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="thu nhập bình quân"),
    fig("của 4 vụ việc", "4", 4, "count", "vụ việc", period=SINCE,
        subject="vụ việc điều tra phòng vệ thương mại đối với sản phẩm nệm của Việt Nam"),
    fig("trong đó 3 vụ việc", "3", 3, "count", "vụ việc", total=4, period=SINCE,
        subject="vụ việc do Hoa Kỳ khởi xướng"),
    fig("tổ chức 6 hội nghị", "6", 6, "count", "hội nghị", period=IN23,
        subject="hội nghị hướng dẫn về xuất xứ hàng hóa"),
    fig("hơn 300 lượt", "300", 300, "count", "lượt doanh nghiệp", approx="over", period=IN23,
        subject="lượt doanh nghiệp được hướng dẫn về xuất xứ hàng hóa"),
    fig("từ 1,8 đến 1,9 tỷ", "1,8", 1.8e9, "money", "USD", value_max=1.9e9, status="forecast", period=Y24,
        subject="kim ngạch xuất khẩu nhóm hàng nệm, chăn ga gối"),
    fig("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target", period=Y30,
        subject="tỷ lệ nội địa hóa nguyên liệu ngành nệm"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): '14/03/2024 | 10:05 | Cục Xuất nhập khẩu', copyright footer with address and phone.",
    "National article: default location Việt Nam. Trade partners (Hoa Kỳ, Nhật Bản, ...) and 'nhà đầu tư Trung Quốc' are not places.",
    "Province names after 'tập trung chủ yếu tại' carry no figure. Distractors: time 10:05, '54 Hai Bà Trưng', phone 024.22202222.",
    "'gấp 3 lần năm 2018' after 2,3 tỷ USD is its change (increase 3 lần). 'riêng nhà đầu tư Trung Quốc chiếm gần 60%' has no",
    "base amount of its own: a percent figure. 'Từ năm 2020 đến nay' ends at the published date. 'hơn 300 lượt doanh nghiệp' unit as written.",
    "Market list after 'tiếp đến là': every item is a figure with the list's indicator; period 'năm 2023' from the first paragraph (inherited).",
]

if __name__ == "__main__":
    write("p1151-4", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
