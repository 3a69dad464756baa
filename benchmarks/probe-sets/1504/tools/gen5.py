"""p1504-5: national newspaper (weekday dateline with GMT+7): the national door market in 2023, prices, exports, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 13/3/2024, 07:00 (GMT+7)

Thị trường cửa nhôm, cửa nhựa chật vật vì bất động sản trầm lắng

Nhu cầu cửa nhôm, cửa nhựa lõi thép năm 2023 giảm khoảng 12%, nhiều xưởng nhỏ phải thu hẹp sản xuất, cắt giảm thợ.

Theo Hội Cửa và Vách kính Việt Nam, cả nước hiện có khoảng 7.500 cơ sở sản xuất cửa nhôm, cửa nhựa, nhưng chỉ hơn 600 doanh nghiệp đầu tư dây chuyền tự động. Năm 2023, tổng nhu cầu cửa các loại ước khoảng 26 triệu m2, giảm 12% so với năm 2022, chủ yếu do số dự án nhà ở mới giảm mạnh. TP HCM là địa phương có nhiều cơ sở nhất, chiếm gần 22% tổng số cơ sở cả nước.

Ông Trần Minh Khoa, Chủ tịch Hội, cho biết giá nhôm thanh định hình hiện khoảng 92.000 đồng/kg, tăng 9% so với đầu năm, trong khi giá bán cửa khó tăng theo. Cửa nhôm hệ cao cấp có giá 2,4-3,6 triệu đồng/m2, cửa nhựa lõi thép 1,3-1,9 triệu đồng/m2. "Biên lợi nhuận của nhiều xưởng chỉ còn 5-7%, mức thấp nhất nhiều năm qua", ông nói.

Xuất khẩu là điểm sáng. Năm 2023, kim ngạch xuất khẩu nhôm định hình và cửa nhôm đạt 1,08 tỷ USD, tăng 6,5%; trong đó thị trường Mỹ chiếm 41%, Australia chiếm khoảng 12%. Từ năm 2019, nhôm định hình nhập khẩu từ Trung Quốc chịu thuế chống bán phá giá theo Quyết định số 3198/QĐ-BCT.

Hội dự báo năm 2024 nhu cầu cửa sẽ phục hồi, tăng 5-7% khi các dự án nhà ở xã hội được đẩy nhanh. Mục tiêu đến năm 2030, tỷ lệ nội địa hóa phụ kiện cửa đạt ít nhất 50%. Hiện tỷ lệ này mới khoảng 20%.

Thu Trang
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("năm 2023 giảm khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="nhu cầu cửa nhôm, cửa nhựa lõi thép", period=Y23),
    fig("khoảng 7.500 cơ sở", "7.500", 7500, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất cửa nhôm, cửa nhựa"),
    fig("hơn 600 doanh nghiệp", "600", 600, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp đầu tư dây chuyền tự động"),
    fig("khoảng 26 triệu", "26", 26e6, "measure", "m2", approx="about", status="estimate",
        change=chg("decrease", 12, "%", "năm 2022"), subject="tổng nhu cầu cửa các loại", period=Y23b),
    fig("gần 22%", "22", 22, "percent", "%", approx="nearly",
        subject="cơ sở của TP HCM trong tổng số cơ sở cả nước", location="TP Hồ Chí Minh"),
    fig("khoảng 92.000 đồng", "92.000", 92000, "money", "đồng/kg", approx="about",
        change=chg("increase", 9, "%", "đầu năm"), subject="giá nhôm thanh định hình"),
    fig("giá 2,4-3,6 triệu", "2,4", 2.4e6, "money", "đồng/m2", value_max=3.6e6, subject="giá cửa nhôm hệ cao cấp"),
    fig("thép 1,3-1,9 triệu", "1,3", 1.3e6, "money", "đồng/m2", value_max=1.9e6, subject="giá cửa nhựa lõi thép"),
    fig("chỉ còn 5-7%", "5", 5, "percent", "%", value_max=7, subject="biên lợi nhuận của nhiều xưởng"),
    fig("đạt 1,08 tỷ", "1,08", 1.08e9, "money", "USD", change=chg("increase", 6.5, "%"),
        subject="kim ngạch xuất khẩu nhôm định hình và cửa nhôm", period=Y23b),
    fig("Mỹ chiếm 41%", "41", 41, "percent", "%",
        subject="thị trường Mỹ trong kim ngạch xuất khẩu nhôm định hình và cửa nhôm", period=Y23b),
    fig("Australia chiếm khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="thị trường Australia trong kim ngạch xuất khẩu nhôm định hình và cửa nhôm", period=Y23b),
    fig("tăng 5-7%", "5", 5, "percent", "%", value_max=7, status="forecast", subject="nhu cầu cửa", period=Y24),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa phụ kiện cửa", period=T30),
    fig("mới khoảng 20%", "20", 20, "percent", "%", approx="about", subject="tỷ lệ nội địa hóa phụ kiện cửa"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ tư, 13/3/2024, 07:00 (GMT+7)', headline, sapo, quote, byline at the end. National figures: Việt Nam.",
    "Distractors: '(GMT+7)', time 07:00, baselines 'năm 2022', 'đầu năm', 'Từ năm 2019', 'Quyết định số 3198/QĐ-BCT', 'nhiều năm qua'.",
    "Sapo 'năm 2023 giảm khoảng 12%' is a growth rate as the claim → percent; the body's 'giảm 12% so với năm 2022' is the change of 26 triệu m2.",
    "'chỉ hơn 600 doanh nghiệp' after 7.500 cơ sở has no part-of cue (nhưng chỉ): no total.",
    "'TP HCM … chiếm gần 22% tổng số cơ sở cả nước' describes TP HCM: location TP Hồ Chí Minh. Mỹ and Australia are trade partners:",
    "their shares stay in Việt Nam. 'tăng 6,5%' is the change of 1,08 tỷ USD (no baseline written).",
    "'Hội dự báo năm 2024 … tăng 5-7%' → forecast; 'Mục tiêu đến năm 2030 … ít nhất 50%' → target, start null.",
    "'Hiện tỷ lệ này mới khoảng 20%' → actual, subject the ratio that 'tỷ lệ này' points back to.",
]

if __name__ == "__main__":
    write("p1504-5", TEXT, NOTES, FIGS, published="2024-03-13", location="Việt Nam")
