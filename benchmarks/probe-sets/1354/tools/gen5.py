"""p1354-5: Party newspaper (Báo Cần Thơ): a hydroponic rooftop farm in quận Ninh Kiều; city figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO CẦN THƠ ONLINE
Kinh tế > Nông nghiệp

Trang trại thủy canh trên sân thượng giữa lòng Ninh Kiều

Từ một sân thượng bỏ trống, kỹ sư trẻ Trần Minh Khang đã dựng nên trang trại rau thủy canh cho thu nhập hàng chục triệu đồng mỗi tháng.

Ngày 17/06/2024 06:12

(CT) - Năm 2021, anh Khang (SN 1993, ngụ phường An Khánh, quận Ninh Kiều) nghỉ việc ở một công ty điện tử để về quê lập nghiệp. Anh đầu tư khoảng 350 triệu đồng cải tạo 260 m2 sân thượng căn nhà trên đường 3 Tháng 2 thành khu trồng rau thủy canh hồi lưu với 4.800 lỗ trồng.

Hiện mỗi tháng trang trại cho thu hoạch khoảng 900 kg xà lách, cải bó xôi, rau muống, bán với giá từ 40.000 đến 55.000 đồng/kg, cao hơn rau thường 15-20%. Sản phẩm được cung cấp cho 3 siêu thị, 12 bếp ăn trường học và hơn 150 khách hàng đặt qua mạng. Sau khi trừ chi phí, anh Khang lãi khoảng 22 triệu đồng/tháng. Trang trại tạo việc làm cho 4 lao động, thu nhập 6,5 triệu đồng/người/tháng.

"Rau thủy canh tiết kiệm khoảng 90% lượng nước so với trồng đất, lại không phải dùng thuốc bảo vệ thực vật", anh Khang cho biết. Năm 2023, sản phẩm xà lách thủy canh của anh được công nhận OCOP 3 sao.

Theo Sở Nông nghiệp và Phát triển nông thôn, thành phố hiện có 46 mô hình sản xuất rau ứng dụng công nghệ cao, tổng diện tích hơn 32 ha, trong đó quận Ninh Kiều có 11 mô hình. Cần Thơ đứng thứ 3 vùng Đồng bằng sông Cửu Long về diện tích rau ứng dụng công nghệ cao. Năm nay, thành phố dự kiến hỗ trợ 1,2 tỷ đồng cho các mô hình nông nghiệp đô thị, ưu tiên thanh niên khởi nghiệp.

BÍCH TRÂM
"""

NK = "Ninh Kiều"
NOW = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hàng chục triệu", "chục", 10e6, "money", "đồng/tháng", approx="about",
        subject="thu nhập trang trại rau thủy canh", location=NK, optional=True),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about",
        subject="vốn anh Khang đầu tư cải tạo sân thượng", location=NK),
    fig("cải tạo 260 m2", "260", 260, "measure", "m2", subject="sân thượng cải tạo", location=NK),
    fig("với 4.800 lỗ", "4.800", 4800, "count", "lỗ trồng", subject="lỗ trồng rau thủy canh", location=NK),
    fig("khoảng 900 kg", "900", 900, "measure", "kg/tháng", approx="about",
        subject="xà lách, cải bó xôi, rau muống trang trại thu hoạch mỗi tháng", location=NK),
    fig("từ 40.000 đến 55.000", "40.000", 40000, "money", "đồng/kg", value_max=55000,
        change=chg("increase", 15, "%", "rau thường"), subject="giá bán rau", location=NK),
    fig("cho 3 siêu thị", "3", 3, "count", "siêu thị", subject="siêu thị được cung cấp sản phẩm",
        location=NK),
    fig("12 bếp ăn", "12", 12, "count", "bếp ăn trường học", subject="bếp ăn trường học được cung cấp sản phẩm",
        location=NK),
    fig("hơn 150 khách", "150", 150, "count", "khách hàng", approx="over",
        subject="khách hàng đặt qua mạng", location=NK),
    fig("lãi khoảng 22 triệu", "22", 22e6, "money", "đồng/tháng", approx="about",
        subject="tiền lãi của anh Khang sau khi trừ chi phí", location=NK),
    fig("cho 4 lao động", "4", 4, "count", "lao động", subject="lao động trang trại tạo việc làm",
        location=NK),
    fig("thu nhập 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng",
        subject="thu nhập của lao động trang trại", location=NK),
    fig("khoảng 90%", "90", 90, "percent", "%", approx="about",
        subject="lượng nước rau thủy canh tiết kiệm so với trồng đất", location=NK),
    fig("có 46 mô hình", "46", 46, "count", "mô hình",
        subject="mô hình sản xuất rau ứng dụng công nghệ cao"),
    fig("hơn 32 ha", "32", 32, "measure", "ha", approx="over",
        subject="tổng diện tích mô hình sản xuất rau ứng dụng công nghệ cao"),
    fig("có 11 mô hình", "11", 11, "count", "mô hình", total=46,
        subject="mô hình sản xuất rau ứng dụng công nghệ cao", location=NK),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="diện tích rau ứng dụng công nghệ cao vùng Đồng bằng sông Cửu Long"),
    fig("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="forecast",
        subject="kinh phí hỗ trợ các mô hình nông nghiệp đô thị", period=NOW),
]

NOTES = [
    "Party newspaper (Báo Cần Thơ): sapo, 'Ngày 17/06/2024 06:12', tag '(CT) -', byline at the end. Default location Cần Thơ.",
    "Distractors: 'SN 1993', 'Năm 2021', 'đường 3 Tháng 2' (a street name), 'OCOP 3 sao', 'Năm 2023', 06:12.",
    "Optional: sapo 'thu nhập hàng chục triệu đồng mỗi tháng' (a vague 'hàng chục' of a multiplier; the spec lists 'hàng chục nghìn' as approx but not which approx).",
    "Farm passage (quận Ninh Kiều): location Ninh Kiều; 'Hiện mỗi tháng' figures are standing rates, no period; the founding year does not carry.",
    "'cao hơn rau thường 15-20%' → change increase 15% (first value of the range) with baseline 'rau thường', attached to the price range.",
    "'46 mô hình ..., tổng diện tích hơn 32 ha, trong đó quận Ninh Kiều có 11 mô hình' → total 46 (the whole counting the same thing, not the area).",
    "revised after the first run: '900 kg' subject 'rau trang trại thu hoạch mỗi tháng' → the sentence's own words 'xà lách, cải bó xôi, rau muống ...'.",
    "'đứng thứ 3 vùng Đồng bằng sông Cửu Long' → rank 3 of Cần Thơ. 'Năm nay' = 2024; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1354-5", TEXT, NOTES, FIGS, published="2024-06-17", location="Cần Thơ")
