"""p1447-8: news agency (Vietnam+/TTXVN): Nam Định textile firms switch to cloth masks, April 2020."""
from lib import fig, per, chg, write

TEXT = """VIETNAM+
Kinh tế › Doanh nghiệp

Nam Định: Doanh nghiệp dệt may chuyển sang sản xuất khẩu trang vải

Thứ Hai, 06/04/2020 16:45 (GMT+07:00)

Từ ngày 15/3 đến nay, 17 doanh nghiệp dệt may của Nam Định đã chuyển một phần dây chuyền sang sản xuất khẩu trang vải kháng khuẩn, tổng công suất hơn 1,5 triệu chiếc/ngày.

Theo phóng viên TTXVN tại Nam Định, tại Công ty CP May Xuân Trường Hưng (huyện Xuân Trường), 320 công nhân đang làm việc hết công suất, trong đó hơn 200 người tăng ca đến 21 giờ hằng ngày. Mỗi ngày, công ty xuất xưởng khoảng 180.000 chiếc khẩu trang vải kháng khuẩn. Công ty đã ký hợp đồng cung ứng 12 triệu chiếc cho đối tác tại Mỹ và Pháp, giá trị khoảng 2,6 triệu USD. Thu nhập của công nhân đạt bình quân 6,8 triệu đồng/người/tháng, cao hơn 12% so với trước dịch.

Theo Sở Công Thương Nam Định, tháng 3/2020, sản lượng khẩu trang vải toàn tỉnh đạt 21,5 triệu chiếc, gấp 5 lần tháng 2; dự kiến trong tháng 4 sẽ đạt khoảng 40 triệu chiếc. Giá bán lẻ khẩu trang vải kháng khuẩn dao động 8.000-12.000 đồng/chiếc, giảm 10-15% so với đầu tháng 3.

Thực hiện Quyết định số 1005/QĐ-UBND của UBND tỉnh, tỉnh đã cấp phát miễn phí 250.000 chiếc khẩu trang cho người dân tại 10 huyện, thành phố; mỗi người dân đi chợ, đến nơi công cộng đều phải đeo khẩu trang.

Văn Đạt (TTXVN/Vietnam+)

Tags: khẩu trang vải, Covid-19, Nam Định
"""

SINCE = per("Từ ngày 15/3 đến nay", "2020-03-15", "2020-04-06")
M3 = per("tháng 3/2020", "2020-03-01", "2020-03-31")
M4 = per("trong tháng 4", "2020-04-01", "2020-04-30")
XT = "Xuân Trường"

FIGS = [
    fig("nay, 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
        subject="doanh nghiệp dệt may chuyển một phần dây chuyền sang sản xuất khẩu trang vải kháng khuẩn",
        period=SINCE),
    fig("hơn 1,5 triệu", "1,5", 1.5e6, "measure", "chiếc/ngày", approx="over",
        subject="tổng công suất sản xuất khẩu trang vải kháng khuẩn", period=SINCE),
    fig("320 công nhân", "320", 320, "count", "công nhân", subject="công nhân đang làm việc hết công suất",
        location=XT),
    fig("hơn 200 người", "200", 200, "count", "người", approx="over", total=320,
        subject="công nhân tăng ca", location=XT),
    fig("khoảng 180.000 chiếc", "180.000", 180000, "measure", "chiếc/ngày", approx="about",
        subject="khẩu trang vải kháng khuẩn công ty xuất xưởng mỗi ngày", location=XT),
    fig("cung ứng 12 triệu", "12", 12e6, "count", "chiếc",
        subject="khẩu trang cung ứng theo hợp đồng đã ký", location=XT),
    fig("khoảng 2,6 triệu USD", "2,6", 2.6e6, "money", "USD", approx="about",
        subject="giá trị hợp đồng cung ứng khẩu trang", location=XT),
    fig("bình quân 6,8 triệu", "6,8", 6.8e6, "money", "đồng/người/tháng",
        change=chg("increase", 12, "%", "trước dịch"), subject="thu nhập bình quân của công nhân", location=XT),
    fig("đạt 21,5 triệu", "21,5", 21.5e6, "count", "chiếc", change=chg("increase", 5, "lần", "tháng 2"),
        subject="sản lượng khẩu trang vải toàn tỉnh", period=M3),
    fig("khoảng 40 triệu", "40", 40e6, "count", "chiếc", approx="about", status="forecast",
        subject="sản lượng khẩu trang vải toàn tỉnh", period=M4),
    fig("dao động 8.000-12.000", "8.000", 8000, "money", "đồng/chiếc", value_max=12000,
        change=chg("decrease", 10, "%", "đầu tháng 3"),
        subject="giá bán lẻ khẩu trang vải kháng khuẩn"),
    fig("miễn phí 250.000 chiếc", "250.000", 250000, "count", "chiếc",
        subject="khẩu trang cấp phát miễn phí cho người dân"),
    fig("tại 10 huyện", "10", 10, "count", "huyện, thành phố",
        subject="huyện, thành phố được cấp phát khẩu trang miễn phí"),
]

NOTES = [
    "News agency (Vietnam+ / TTXVN): section path, 'Thứ Hai, 06/04/2020 16:45 (GMT+07:00)', 'Theo phóng viên TTXVN', byline '(TTXVN/Vietnam+)', tags.",
    "'Từ ngày 15/3 đến nay' (year from the dateline) → 2020-03-15 .. 2020-04-06 for both figures of the lead sentence.",
    "The company passage in huyện Xuân Trường → location Xuân Trường; '320 công nhân ..., trong đó hơn 200 người' → total 320; '21 giờ' is a time of day.",
    "'Mỗi ngày ... khoảng 180.000 chiếc' → rate: measure, chiếc/ngày. Mỹ and Pháp are trade partners.",
    "'tháng 3/2020 ... đạt 21,5 triệu chiếc, gấp 5 lần tháng 2' → change increase 5 lần; '; dự kiến trong tháng 4 ... khoảng 40 triệu' → forecast, April 2020.",
    "'dao động 8.000-12.000 đồng/chiếc, giảm 10-15% so với đầu tháng 3' → price range; change decrease 10 (the change's own range is not a field).",
    "'10 huyện, thành phố' is a count of districts of the province (unit 'huyện, thành phố').",
    "Distractors: 16:45, '(GMT+07:00)', 'ngày 15/3', Quyết định số 1005/QĐ-UBND, '21 giờ', 'Covid-19', 'mỗi người dân'.",
]

if __name__ == "__main__":
    write("p1447-8", TEXT, NOTES, FIGS, published="2020-04-06", location="Nam Định")
