"""p1569-2: district portal (huyện Krông Năng, Đắk Lắk): a cooperative makes macadamia nut milk."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG NĂNG - TỈNH ĐẮK LẮK
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp - Nông thôn

Hợp tác xã Ea Tân đưa sữa hạt mắc ca ra thị trường

25/06/2024 - 14:10

Từ năm 2021, Hợp tác xã Nông nghiệp dịch vụ Ea Tân (xã Ea Tân) bắt đầu chế biến sữa hạt mắc ca từ nguồn nguyên liệu của các thành viên. Đến nay, hợp tác xã có 46 thành viên, trong đó 32 hộ trồng mắc ca với tổng diện tích khoảng 85 ha, năng suất bình quân 3,5 tấn/ha.

Xưởng chế biến của hợp tác xã được đầu tư hơn 2,6 tỷ đồng, trong đó ngân sách huyện hỗ trợ 40% kinh phí mua thiết bị. Mỗi ngày, xưởng sản xuất từ 800 đến 1.000 chai sữa hạt loại 250 ml, giá bán 18.000 đồng/chai. 5 tháng đầu năm 2024, hợp tác xã tiêu thụ gần 96 nghìn chai sữa, doanh thu đạt hơn 1,7 tỷ đồng, tăng 35% so với cùng kỳ năm 2023. Xưởng giải quyết việc làm thường xuyên cho 12 lao động địa phương với thu nhập từ 6 đến 7 triệu đồng/người/tháng.

Sản phẩm sữa hạt mắc ca Ea Tân được UBND tỉnh công nhận đạt chuẩn OCOP 3 sao năm 2023, hiện có mặt tại 27 cửa hàng, siêu thị mini trong và ngoài tỉnh.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có 1.240 ha mắc ca, trong đó 610 ha đang cho thu hoạch; sản lượng năm 2023 đạt khoảng 1.850 tấn hạt tươi. Huyện phấn đấu đến năm 2025 có thêm hai sản phẩm chế biến từ mắc ca đạt OCOP, tỷ lệ hạt mắc ca được chế biến sâu đạt trên 20%.

Nguồn: Văn phòng HĐND và UBND huyện

Tin khác:
- Krông Năng sơ kết công tác 6 tháng đầu năm 2024
- Hướng dẫn kỹ thuật trồng xen mắc ca trong vườn cà phê

Địa chỉ: 02 Hùng Vương, thị trấn Krông Năng, tỉnh Đắk Lắk | ĐT: 0262.3871.226
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("32 hộ", "32", 32, "count", "hộ", total=46, subject="hộ trồng mắc ca"),
    fig("khoảng 85 ha", "85", 85, "measure", "ha", approx="about", subject="tổng diện tích mắc ca của các hộ"),
    fig("bình quân 3,5 tấn/ha", "3,5", 3.5, "measure", "tấn/ha", subject="năng suất bình quân mắc ca"),
    fig("hơn 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="over",
        subject="vốn đầu tư xưởng chế biến của hợp tác xã"),
    fig("hỗ trợ 40%", "40", 40, "percent", "%", subject="kinh phí mua thiết bị ngân sách huyện hỗ trợ"),
    fig("từ 800 đến 1.000 chai", "800", 800, "measure", "chai/ngày", value_max=1000,
        subject="sữa hạt xưởng sản xuất mỗi ngày"),
    fig("loại 250 ml", "250", 250, "measure", "ml", subject="dung tích chai sữa hạt", optional=True),
    fig("giá bán 18.000", "18.000", 18000, "money", "đồng/chai", subject="giá bán sữa hạt"),
    fig("gần 96 nghìn chai", "96", 96000, "count", "chai", approx="nearly",
        subject="chai sữa hợp tác xã tiêu thụ", period=M5),
    fig("hơn 1,7 tỷ", "1,7", 1.7e9, "money", "đồng", approx="over",
        change=chg("increase", 35, "%", "cùng kỳ năm 2023"), subject="doanh thu của hợp tác xã", period=M5),
    fig("cho 12 lao động", "12", 12, "count", "lao động",
        subject="lao động địa phương xưởng giải quyết việc làm thường xuyên"),
    fig("từ 6 đến 7 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
        subject="thu nhập của lao động"),
    fig("tại 27 cửa hàng", "27", 27, "count", "cửa hàng, siêu thị mini",
        subject="cửa hàng, siêu thị mini có sản phẩm sữa hạt mắc ca Ea Tân"),
    fig("có 1.240 ha", "1.240", 1240, "measure", "ha", subject="diện tích mắc ca toàn huyện"),
    fig("610 ha", "610", 610, "measure", "ha", total=1240, subject="diện tích mắc ca đang cho thu hoạch"),
    fig("khoảng 1.850 tấn", "1.850", 1850, "measure", "tấn", approx="about",
        subject="sản lượng mắc ca hạt tươi", period=Y23),
    fig("thêm hai sản phẩm", "hai", 2, "count", "sản phẩm", status="target",
        subject="sản phẩm chế biến từ mắc ca đạt OCOP", period=T25),
    fig("trên 20%", "20", 20, "percent", "%", approx="over", status="target",
        subject="tỷ lệ hạt mắc ca được chế biến sâu", period=T25),
]

NOTES = [
    "District portal (huyện Krông Năng, Đắk Lắk): banner, menu, '25/06/2024 - 14:10' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Default location is the district Krông Năng (the portal's district); the cooperative is in xã Ea Tân of that district.",
    "Distractors: 14:10, 'Từ năm 2021', 'OCOP 3 sao năm 2023', '6 tháng đầu năm 2024' in a link, '02 Hùng Vương', phone 0262.3871.226.",
    "'Đến nay' gives no period (as 'đến nay' in shared gold 001). 'trong đó 32 hộ' → total 46 (members are households).",
    "'trong đó ngân sách huyện hỗ trợ 40% kinh phí mua thiết bị' is a share of the equipment cost, not of 2,6 tỷ: a percent figure.",
    "'Mỗi ngày ... từ 800 đến 1.000 chai' → measure chai/ngày (rate); bottle size 'loại 250 ml' optional.",
    "'gần 96 nghìn chai' = 96000, nearly. 'tăng 35% so với cùng kỳ năm 2023' attaches to the revenue next to it.",
    "'phấn đấu đến năm 2025 ... hai sản phẩm ..., ... trên 20%' → both target.",
    "revised after the first run: subjects 'doanh thu' → 'doanh thu của hợp tác xã', 'năng suất bình quân' → 'năng suất bình quân mắc ca' (owner/object the sentence names).",
]

if __name__ == "__main__":
    write("p1569-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Krông Năng")
