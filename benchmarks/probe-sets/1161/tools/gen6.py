"""p1161-6: national newspaper: tarpaulin workshops in Hải Phòng after the storm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 14/9/2024, 10:05 (GMT+7)

Xưởng bạt chạy hết công suất sau bão

Sau bão số 3, nhu cầu bạt che mái nhà, nhà xưởng ở Hải Phòng, Quảng Ninh tăng vọt, nhiều xưởng bạt ở huyện An Dương phải làm ba ca mỗi ngày.

Tại xưởng bạt Minh Phát ở xã Lê Thiện, huyện An Dương, 40 công nhân làm việc liên tục từ 6h đến 22h. Chủ xưởng Nguyễn Văn Minh cho biết, mỗi ngày xưởng xuất khoảng 30.000 m2 bạt, gấp ba lần ngày thường nhưng vẫn không đủ hàng. Giá bạt sọc 3 màu loại dày bán buôn tại xưởng hiện là 9.500 đồng/m2, cao hơn 1.500 đồng so với trước bão.

Theo Sở Công Thương Hải Phòng, thành phố có khoảng 60 cơ sở sản xuất, gia công bạt nhựa, trong đó 14 doanh nghiệp có dây chuyền dệt tráng bạt PE. Từ ngày 8 đến 13/9, các cơ sở đã cung ứng ra thị trường hơn 1,2 triệu m2 bạt các loại, gấp 2,5 lần tuần trước bão. Sở đã kiểm tra 27 cửa hàng, xử phạt 4 trường hợp tăng giá bất hợp lý.

Tại Quảng Ninh, Sở Công Thương đã điều phối 150.000 m2 bạt từ Hải Phòng về hỗ trợ người dân TP Hạ Long, Cẩm Phả.

Trên cả nước, theo Hiệp hội Nhựa Việt Nam, tổng công suất sản xuất bạt nhựa khoảng 350.000 tấn/năm, đủ đáp ứng nhu cầu trong nước. Giá hạt nhựa PE hiện khoảng 32.000 đồng/kg, gần như không đổi so với tháng 8. Hiệp hội khuyến cáo người dân không mua bạt tích trữ.

Lê Tân
"""

AD = "An Dương"
WK = per("Từ ngày 8 đến 13/9", "2024-09-08", "2024-09-13")

FIGS = [
    fig("làm ba ca", "ba", 3, "count", "ca", optional=True, subject="ca làm việc mỗi ngày của các xưởng bạt",
        location=AD),
    fig("40 công nhân", "40", 40, "count", "công nhân", subject="công nhân xưởng bạt Minh Phát", location=AD),
    fig("khoảng 30.000 m2", "30.000", 30000, "measure", "m2", approx="about",
        change=chg("increase", 3, "lần", "ngày thường"), subject="bạt xưởng xuất mỗi ngày", location=AD),
    fig("là 9.500 đồng/m2", "9.500", 9500, "money", "đồng/m2",
        change=chg("increase", 1500, "đồng", "trước bão"),
        subject="giá bạt sọc loại dày bán buôn tại xưởng", location=AD),
    fig("khoảng 60 cơ sở", "60", 60, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất, gia công bạt nhựa"),
    fig("14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", total=60,
        subject="doanh nghiệp có dây chuyền dệt tráng bạt PE"),
    fig("hơn 1,2 triệu m2", "1,2", 1.2e6, "measure", "m2", approx="over",
        change=chg("increase", 2.5, "lần", "tuần trước bão"), subject="bạt các loại cung ứng ra thị trường",
        period=WK),
    fig("kiểm tra 27 cửa hàng", "27", 27, "count", "cửa hàng", subject="cửa hàng được kiểm tra"),
    fig("xử phạt 4 trường hợp", "4", 4, "count", "trường hợp", subject="trường hợp tăng giá bất hợp lý bị xử phạt"),
    fig("điều phối 150.000 m2", "150.000", 150000, "measure", "m2",
        subject="bạt điều phối từ Hải Phòng về hỗ trợ người dân", location="Quảng Ninh"),
    fig("khoảng 350.000 tấn/năm", "350.000", 350000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất sản xuất bạt nhựa", location="Việt Nam"),
    fig("khoảng 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", approx="about",
        subject="giá hạt nhựa PE", location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 14/9/2024, 10:05 (GMT+7)' (published 2024-09-14), byline at the end. Default location Hải Phòng.",
    "Workshop in xã Lê Thiện, huyện An Dương: its figures get An Dương. Quảng Ninh paragraph → Quảng Ninh; national paragraph ('Trên cả nước') → Việt Nam.",
    "'gấp ba lần ngày thường' and 'gấp 2,5 lần tuần trước bão' follow a figure: changes in 'lần' (ba = 3). 'cao hơn 1.500 đồng so với trước bão' → change in đồng.",
    "'14 doanh nghiệp' after 'trong đó' is part of 'khoảng 60 cơ sở'. 'Từ ngày 8 đến 13/9' takes the year of the dateline.",
    "'ba ca mỗi ngày' (shift pattern) optional. 'gần như không đổi so với tháng 8' has no number: no change.",
    "Distractors: 'bão số 3', '6h', '22h', 'bạt sọc 3 màu', '10:05', '(GMT+7)', 'tháng 8' (baseline).",
]

if __name__ == "__main__":
    write("p1161-6", TEXT, NOTES, FIGS, published="2024-09-14", location="Hải Phòng")
