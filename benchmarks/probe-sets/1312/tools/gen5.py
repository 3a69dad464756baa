"""p1312-5: national newspaper: a Hoài Đức (Hà Nội) ô mai workshop before Tết; Hà Nội jam and ô mai supply."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 9/1/2025, 14:20 (GMT+7)

Xưởng ô mai sấu, ô mai me tất bật vụ Tết

Những ngày giáp Tết, xưởng ô mai ở Hoài Đức (Hà Nội) chạy hết công suất, mỗi ngày xuất khoảng 1,2 tấn hàng, gấp đôi ngày thường.

Cơ sở ô mai Hồng Lạc của chị Nguyễn Thị Hạnh ở xã An Thượng, huyện Hoài Đức hoạt động từ năm 2008. Hiện xưởng có 42 công nhân, trong đó 15 người là lao động thời vụ thuê thêm dịp Tết, tiền công 250.000-300.000 đồng/ngày.

Theo chị Hạnh, ô mai sấu chiếm khoảng 40% sản lượng của xưởng. Từ tháng 6 đến tháng 8/2024, cơ sở thu mua 35 tấn sấu tươi của nông dân Phúc Thọ, Ba Vì với giá bình quân 17.000 đồng/kg, sơ chế, ngâm muối để làm dần. Một mẻ ô mai sấu cần khoảng ba chục cân quả, sau khi sên đường, sấy còn chưa đến 12 kg thành phẩm.

Năm nay, giá bán lẻ ô mai sấu từ 180.000 đến 250.000 đồng/kg, ô mai me 150.000-200.000 đồng/kg. Giá các loại ô mai tăng 5-10% so với Tết năm ngoái do giá đường, giá quả tươi đều tăng. Sản phẩm được bán tại cửa hàng số 45 phố Hàng Đường và trên các sàn thương mại điện tử.

Theo Sở Công Thương Hà Nội, toàn thành phố có hơn 120 cơ sở sản xuất ô mai, mứt, gồm khoảng 30 cơ sở quy mô công nghiệp và hơn 90 cơ sở hộ gia đình. Dịp Tết Ất Tỵ, các cơ sở dự kiến cung ứng khoảng 2.500 tấn ô mai, mứt, tăng 7% so với năm trước.

"Người mua giờ chuộng ô mai ít ngọt, không phẩm màu, đóng hộp đẹp làm quà", chị Hạnh nói.

Thanh Hằng
"""

SUMMER = per("Từ tháng 6 đến tháng 8/2024", "2024-06-01", "2024-08-31")
Y = per("Năm nay", "2025-01-01", "2025-12-31")
HN = "Hà Nội"

FIGS = [
    fig("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn/ngày", approx="about",
        change=chg("increase", 2, "lần", "ngày thường"), subject="hàng xưởng ô mai xuất mỗi ngày"),
    fig("có 42 công nhân", "42", 42, "count", "công nhân", subject="công nhân của xưởng"),
    fig("trong đó 15 người", "15", 15, "count", "người", total=42,
        subject="lao động thời vụ thuê thêm dịp Tết"),
    fig("công 250.000-300.000", "250.000", 250000, "money", "đồng/ngày", value_max=300000,
        subject="tiền công lao động thời vụ"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ trọng ô mai sấu trong sản lượng của xưởng"),
    fig("mua 35 tấn", "35", 35, "measure", "tấn", subject="sấu tươi cơ sở thu mua", period=SUMMER),
    fig("quân 17.000 đồng/kg", "17.000", 17000, "money", "đồng/kg", subject="giá thu mua sấu tươi bình quân",
        period=SUMMER),
    fig("khoảng ba chục cân", "ba chục", 30, "measure", "cân", approx="about",
        subject="quả sấu cần cho một mẻ ô mai sấu"),
    fig("chưa đến 12 kg", "12", 12, "measure", "kg", approx="under", subject="thành phẩm của một mẻ ô mai sấu"),
    fig("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/kg", value_max=250000,
        subject="giá bán lẻ ô mai sấu", period=Y),
    fig("me 150.000-200.000", "150.000", 150000, "money", "đồng/kg", value_max=200000,
        subject="giá bán lẻ ô mai me", period=Y),
    fig("tăng 5-10%", "5", 5, "percent", "%", value_max=10, subject="giá các loại ô mai"),
    fig("hơn 120 cơ sở", "120", 120, "count", "cơ sở", approx="over", subject="cơ sở sản xuất ô mai, mứt",
        location=HN),
    fig("khoảng 30 cơ sở", "30", 30, "count", "cơ sở", approx="about", total=120,
        subject="cơ sở quy mô công nghiệp", location=HN),
    fig("hơn 90 cơ sở", "90", 90, "count", "cơ sở", approx="over", total=120, subject="cơ sở hộ gia đình",
        location=HN),
    fig("khoảng 2.500 tấn", "2.500", 2500, "measure", "tấn", approx="about", status="forecast",
        change=chg("increase", 7, "%", "năm trước"), subject="ô mai, mứt các cơ sở cung ứng", location=HN),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 9/1/2025, 14:20 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Distractors: 14:20, (GMT+7), 'hoạt động từ năm 2008', 'cửa hàng số 45 phố Hàng Đường', 'Tết Ất Tỵ', 'Tết năm ngoái'.",
    "Default location Hoài Đức (the workshop, named in the sapo); the city-wide figures of Sở Công Thương → Hà Nội.",
    "'mỗi ngày xuất khoảng 1,2 tấn hàng, gấp đôi ngày thường' → rate tấn/ngày with change (increase, 2 lần, 'ngày thường').",
    "'42 công nhân, trong đó 15 người' → total 42 (workers counted both times). 'Hiện' gives no period.",
    "'Từ tháng 6 đến tháng 8/2024' → 2024-06-01..2024-08-31 for the purchase and its price.",
    "'khoảng ba chục cân' → 30 cân (number word, about); 'chưa đến 12 kg' → under.",
    "'Năm nay' (published January 2025) → 2025 for both retail-price ranges. 'Giá các loại ô mai tăng 5-10%' → growth claim, range, no change.",
    "'hơn 120 cơ sở ..., gồm khoảng 30 cơ sở ... và hơn 90 cơ sở hộ gia đình' → both parts take total 120 (same unit, they add up).",
    "'dự kiến cung ứng khoảng 2.500 tấn' → forecast; 'Dịp Tết Ất Tỵ' is not a datable period.",
]

if __name__ == "__main__":
    write("p1312-5", TEXT, NOTES, FIGS, published="2025-01-09", location="Hoài Đức")
