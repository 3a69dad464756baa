"""p752-6: national press (VnExpress style), sweet potato exports in the first half of 2024, markets, farm-gate prices."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 10/7/2024, 14:30 (GMT+7)

Xuất khẩu khoai lang 6 tháng tăng 38%

Nửa đầu năm nay, Việt Nam xuất khẩu khoảng 142.000 tấn khoai lang, thu về 67,4 triệu USD, tăng 38% so với cùng kỳ năm ngoái.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), giá xuất khẩu bình quân đạt 475 USD/tấn, cao hơn 12% so với cùng kỳ. Trung Quốc vẫn là thị trường lớn nhất với 118.600 tấn, chiếm 83,5% tổng lượng; tiếp đến là Hàn Quốc 9.200 tấn, Nhật Bản 5.700 tấn và Canada 2.350 tấn.

Tại Vĩnh Long, giá khoai lang tím Nhật loại 1 thu mua tại ruộng trong tháng 6 lên 14.000-15.000 đồng/kg, gấp đôi cùng kỳ. Ông Lê Văn Sáu, chủ cơ sở thu mua ở xã Thành Trung, huyện Bình Tân, cho biết mỗi ngày cơ sở xuất 5-6 container 20 feet, mỗi container khoảng 25 tấn. "Khoai đẹp, đạt chuẩn thì không đủ hàng để giao", ông Sáu nói.

Theo Vinafruit, khoai lang tím là mặt hàng có tốc độ tăng trưởng xuất khẩu nhanh nhất trong nhóm rau củ, đứng thứ 5 về kim ngạch sau sầu riêng, chuối, thanh long và mít. Hiệp hội dự báo kim ngạch xuất khẩu khoai lang cả năm 2024 có thể đạt 130-140 triệu USD.

Tuy nhiên, hiện mới có khoảng 35% diện tích khoai lang cả nước được cấp mã số vùng trồng. Nhiều lô hàng bị trả về do phát hiện sâu hà hoặc vượt ngưỡng dư lượng thuốc bảo vệ thực vật, gây thiệt hại hàng trăm triệu đồng mỗi container.

Hoài Thu
"""

H1 = P("Nửa đầu năm nay", "2024-01-01", "2024-06-30")
EXP = "lượng khoai lang xuất khẩu"

FIGS = [
    F("6 tháng tăng 38%", "38", 38, "percent", "%", "Xuất khẩu khoai lang", P("6 tháng", "2024-01-01", "2024-06-30")),
    F("khoảng 142.000 tấn", "142.000", 142000, "measure", "tấn", "khoai lang xuất khẩu", H1, approx="about"),
    F("về 67,4 triệu USD", "67,4", 67400000, "money", "USD", "kim ngạch xuất khẩu khoai lang", H1,
      change=CH("increase", 38, "%", "cùng kỳ năm ngoái")),
    F("đạt 475 USD/tấn", "475", 475, "money", "USD/tấn", "giá xuất khẩu bình quân khoai lang", I(H1),
      change=CH("increase", 12, "%", "cùng kỳ")),
    F("với 118.600 tấn", "118.600", 118600, "measure", "tấn", EXP + " sang Trung Quốc", I(H1), percent=83.5),
    F("Hàn Quốc 9.200 tấn", "9.200", 9200, "measure", "tấn", EXP + " sang Hàn Quốc", I(H1)),
    F("Nhật Bản 5.700 tấn", "5.700", 5700, "measure", "tấn", EXP + " sang Nhật Bản", I(H1)),
    F("Canada 2.350 tấn", "2.350", 2350, "measure", "tấn", EXP + " sang Canada", I(H1)),
    F("lên 14.000-15.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá khoai lang tím Nhật loại 1 thu mua tại ruộng",
      P("trong tháng 6", "2024-06-01", "2024-06-30"), value_max=15000,
      change=CH("increase", 2, "lần", "cùng kỳ"), location="Vĩnh Long"),
    F("xuất 5-6 container", "5", 5, "count", "container", "container khoai lang xuất mỗi ngày", value_max=6,
      location="Bình Tân"),
    F("container 20 feet", "20", 20, "measure", "feet", "loại container", optional=True, location="Bình Tân"),
    F("khoảng 25 tấn", "25", 25, "measure", "tấn", "khối lượng khoai lang mỗi container", approx="about",
      location="Bình Tân"),
    F("đứng thứ 5", "5", 5, "rank", "hạng", "kim ngạch xuất khẩu khoai lang tím trong nhóm rau củ"),
    F("đạt 130-140 triệu USD", "130", 130000000, "money", "USD", "kim ngạch xuất khẩu khoai lang",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=140000000, status="forecast"),
    F("khoảng 35%", "35", 35, "percent", "%", "diện tích khoai lang được cấp mã số vùng trồng", approx="about"),
    F("hàng trăm triệu", "trăm", 100000000, "money", "đồng", "thiệt hại mỗi container bị trả về", approx="about",
      optional=True),
]

COMMENTS = [
    "VnExpress-style national press, 'Thứ tư, 10/7/2024, 14:30 (GMT+7)': xuất khẩu khoai lang 6 tháng đầu năm 2024.",
    "The headline growth '6 tháng tăng 38%' is a percent figure as the claim; in the lead the 38% is the change of 67,4 triệu USD.",
    "'Nửa đầu năm nay' = H1 2024 (year from the dateline). Trade partners (Trung Quốc, Hàn Quốc ...) are not places: location Việt Nam,",
    "the market goes to the subject. 'trong tháng 6' takes 2024 (nearest earlier date is the dateline; the baselines are 'cùng kỳ').",
    "'gấp đôi cùng kỳ' after the price range is its change (2 lần). 'container 20 feet' is a container type (optional);",
    "'hàng trăm triệu đồng' is vague (optional). 'đứng thứ 5' is a rank. Distractors: 'Ông Lê Văn Sáu', 'ông Sáu', '(GMT+7)', '14:30'.",
]

if __name__ == "__main__":
    emit("p752-6", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Việt Nam")
