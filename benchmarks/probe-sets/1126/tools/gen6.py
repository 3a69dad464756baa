"""p1126-6: national newspaper, gas prices March 2024 in TP Hồ Chí Minh and Hà Nội, national consumption."""
from lib import fig, opt, per, inh, chg, tgt, build

TEXT = """Kinh doanh › Hàng hóa

Thứ sáu, 1/3/2024, 10:42 (GMT+7)

Giá gas tăng tháng thứ ba liên tiếp

Từ hôm nay, giá gas bán lẻ trong nước tăng thêm 6.000-12.000 đồng mỗi bình 12 kg tùy thương hiệu, lên mức cao nhất trong gần một năm.

Theo thông báo của Saigon Petro, giá gas bán lẻ tại TP HCM tháng 3 tăng 12.000 đồng/bình 12 kg so với tháng trước, lên 452.000 đồng/bình. Với loại bình 45 kg, giá tăng 45.000 đồng, lên 1,735 triệu đồng/bình. Petrolimex Gas Sài Gòn bán bình 12 kg với giá 456.000 đồng, tăng 10.000 đồng.

Tại Hà Nội, giá gas Petrolimex tháng này tăng 8.000 đồng/bình 12 kg, lên 478.000 đồng/bình (đã gồm VAT); các thương hiệu khác như Pacific Petro, City Petro dao động 440.000-470.000 đồng/bình.

Lý do là giá CP tháng 3 do Saudi Aramco công bố ở mức 630 USD/tấn, tăng 10 USD/tấn so với tháng 2. Theo các doanh nghiệp, từ đầu năm đến nay giá gas bình 12 kg trên thị trường trong nước đã tăng tổng cộng khoảng 35.000 đồng, tương đương 8%.

Bộ Công Thương cho biết lượng LPG tiêu thụ của Việt Nam năm 2023 đạt khoảng 2,1 triệu tấn, trong đó dân dụng chiếm khoảng 45%. Cơ quan này dự báo nhu cầu năm 2024 có thể tăng 3-5% nhờ các khu công nghiệp và dịch vụ ăn uống phục hồi.

Ông Nguyễn Văn Phong, chủ một cửa hàng gas trên đường Âu Cơ, quận Tân Phú, cho biết mỗi tháng cửa hàng bán khoảng 700 bình 12 kg, nhưng từ đầu tháng 2 sức mua giảm gần 15% do khách chuyển sang dùng bếp điện. Cửa hàng hiện có 3 nhân viên giao hàng, phí giao bình trong bán kính 5 km được miễn.

Phương Anh
"""

T3 = per("tháng 3", "2024-03-01", "2024-03-31")
T3n = per("tháng này", "2024-03-01", "2024-03-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-03-01")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    opt("mỗi bình 12 kg", "12", 12, "measure", "kg", "loại bình gas"),
    fig("thêm 6.000-12.000", "6.000", 6000, "money", "đồng/bình", value_max=12000,
        subject="mức tăng giá gas bán lẻ trong nước mỗi bình 12 kg", location="Việt Nam"),
    opt("đồng/bình 12 kg so với", "12", 12, "measure", "kg", "loại bình gas", location=HCM),
    fig("lên 452.000", "452.000", 452000, "money", "đồng/bình",
        change=chg("increase", 12000, "đồng/bình", "tháng trước"),
        subject="giá gas bán lẻ Saigon Petro bình 12 kg", period=T3, location=HCM),
    opt("loại bình 45 kg", "45", 45, "measure", "kg", "loại bình gas", location=HCM),
    fig("lên 1,735 triệu", "1,735", 1735000, "money", "đồng/bình", change=chg("increase", 45000, "đồng"),
        subject="giá gas bình 45 kg", period=inh(T3), location=HCM),
    opt("bán bình 12 kg", "12", 12, "measure", "kg", "loại bình gas", location=HCM),
    fig("giá 456.000", "456.000", 456000, "money", "đồng", change=chg("increase", 10000, "đồng"),
        subject="giá bình 12 kg Petrolimex Gas Sài Gòn", period=inh(T3), location=HCM),
    opt("8.000 đồng/bình 12 kg", "12", 12, "measure", "kg", "loại bình gas", location="Hà Nội"),
    fig("lên 478.000", "478.000", 478000, "money", "đồng/bình", change=chg("increase", 8000, "đồng/bình"),
        subject="giá gas Petrolimex", period=T3n, location="Hà Nội"),
    fig("440.000-470.000", "440.000", 440000, "money", "đồng/bình", value_max=470000,
        subject="giá gas các thương hiệu khác", period=T3n, location="Hà Nội"),
    fig("mức 630 USD/tấn", "630", 630, "money", "USD/tấn", change=chg("increase", 10, "USD/tấn", "tháng 2"),
        subject="giá CP", period=T3, location=""),
    opt("giá gas bình 12 kg trên", "12", 12, "measure", "kg", "loại bình gas", location="Việt Nam"),
    fig("khoảng 35.000", "35.000", 35000, "money", "đồng", approx="about", percent=8,
        subject="mức tăng giá gas bình 12 kg trên thị trường trong nước", period=YTD, location="Việt Nam"),
    fig("khoảng 2,1 triệu tấn", "2,1", 2100000, "measure", "tấn", approx="about",
        subject="lượng LPG tiêu thụ", period=Y23, location="Việt Nam"),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about",
        subject="tỷ trọng LPG dân dụng", period=Y23, location="Việt Nam"),
    fig("tăng 3-5%", "3", 3, "percent", "%", value_max=5, status="forecast",
        subject="tăng trưởng nhu cầu LPG", period=Y24, location="Việt Nam"),
    opt("chủ một cửa hàng", "một", 1, "count", "cửa hàng", "cửa hàng gas", location="Tân Phú"),
    fig("khoảng 700 bình", "700", 700, "measure", "bình/tháng", approx="about",
        subject="bình gas 12 kg cửa hàng bán mỗi tháng", location="Tân Phú"),
    opt("700 bình 12 kg", "12", 12, "measure", "kg", "loại bình gas", location="Tân Phú"),
    fig("giảm gần 15%", "15", 15, "percent", "%", approx="nearly",
        subject="mức giảm sức mua của cửa hàng",
        period=per("từ đầu tháng 2", "2024-02-01", "2024-03-01"), location="Tân Phú"),
    fig("có 3 nhân viên", "3", 3, "count", "nhân viên", subject="nhân viên giao hàng của cửa hàng",
        location="Tân Phú"),
    opt("bán kính 5 km", "5", 5, "measure", "km", "bán kính giao bình miễn phí", location="Tân Phú"),
]

NOTES = [
    "National newspaper: gas prices March 2024. 'Thứ sáu, 1/3/2024, 10:42 (GMT+7)', byline 'Phương Anh' at the end. No default location.",
    "Distractors: time 10:42, '(GMT+7)', 'tháng thứ ba liên tiếp' (ordinal), 'gần một năm' (a duration), 'đường Âu Cơ'.",
    "'tăng 12.000 đồng/bình ... so với tháng trước, lên 452.000 đồng/bình': the change stands before its figure ('tăng X, lên Y'); X is the change of Y, not a figure.",
    "'6.000-12.000 đồng' in the lead and 'khoảng 35.000 đồng, tương đương 8%' are price rises with no base amount: the rise is the figure. 'trong nước' makes the latter Việt Nam.",
    "Giá CP (Saudi Aramco) is a world price: location null. Hà Nội sentence: 'tháng này' = March 2024 (scored).",
    "Shop in quận Tân Phú: location Tân Phú for its figures. 'mỗi tháng ... khoảng 700 bình' is a rate (bình/tháng). 'từ đầu tháng 2' runs to the published date.",
    "Every 'bình 12 kg' / '45 kg' cylinder-type mention and 'bán kính 5 km' (a service rule) are optional.",
]

if __name__ == "__main__":
    build("p1126-6", TEXT, NOTES, FIGS, published="2024-03-01")
