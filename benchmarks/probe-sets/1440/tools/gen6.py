"""p1440-6: national newspaper (TP HCM): dental clinics using X-ray without a licence."""
from lib import fig, per, chg, write

TEXT = """Thứ năm, 18/4/2024, 14:05 (GMT+7)

Gần 15% phòng khám nha khoa bị kiểm tra chụp X-quang không phép

Hàng chục cơ sở nha khoa ở TP HCM dùng máy chụp phim răng khi chưa được cấp phép, đặt máy trong phòng chật, không che chắn, kỹ thuật viên không đeo liều kế.

TP HCM - Năm 2023, thanh tra chuyên ngành kiểm tra 324 cơ sở nha khoa, phát hiện 47 cơ sở sử dụng máy X-quang khi chưa được cấp giấy phép, chiếm 14,5%.

Theo Sở Khoa học và Công nghệ TP HCM, thành phố hiện có hơn 2.100 cơ sở X-quang với khoảng 3.400 thiết bị, nhiều nhất cả nước; riêng lĩnh vực nha khoa có gần 1.300 cơ sở. Nhiều phòng khám đặt máy chụp phim răng toàn cảnh trong phòng chỉ rộng 6-8 m2, không có cửa chì, nhân viên không đeo liều kế.

"Mỗi lần chụp phim răng toàn cảnh, bệnh nhân nhận liều khoảng 0,01 mSv, không đáng lo. Nhưng kỹ thuật viên đứng cạnh máy nhiều lần mỗi ngày thì liều tích lũy có thể cao gấp 3-4 lần người làm việc trong phòng đạt chuẩn", TS Trần Quốc Bảo, Viện Khoa học và Kỹ thuật hạt nhân, nói.

Theo Nghị định số 107/2013/NĐ-CP (được sửa đổi năm 2021), mức phạt đối với hành vi sử dụng thiết bị X-quang không có giấy phép từ 40 đến 50 triệu đồng. Năm 2023, thanh tra đã xử phạt các cơ sở vi phạm tổng cộng hơn 1,9 tỷ đồng, tăng gần gấp đôi so với năm 2022.

Năm nay, Sở dự kiến phối hợp với Sở Y tế kiểm tra ít nhất 400 cơ sở nha khoa, phấn đấu đến hết năm 2024 không còn cơ sở chụp X-quang chưa có giấy phép.

Lê Phương
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Gần 15%", "15", 15, "percent", "%", approx="nearly",
        subject="phòng khám nha khoa bị kiểm tra chụp X-quang không phép"),
    fig("Hàng chục cơ sở", "Hàng chục", 10, "count", "cơ sở", approx="about",
        subject="cơ sở nha khoa dùng máy chụp phim răng khi chưa được cấp phép", optional=True),
    fig("kiểm tra 324 cơ sở", "324", 324, "count", "cơ sở",
        subject="cơ sở nha khoa thanh tra chuyên ngành kiểm tra", period=Y23),
    fig("phát hiện 47 cơ sở", "47", 47, "count", "cơ sở", percent=14.5,
        subject="cơ sở sử dụng máy X-quang khi chưa được cấp giấy phép", period=Y23),
    fig("hơn 2.100 cơ sở", "2.100", 2100, "count", "cơ sở", approx="over", subject="cơ sở X-quang"),
    fig("khoảng 3.400 thiết bị", "3.400", 3400, "count", "thiết bị", approx="about",
        subject="thiết bị X-quang"),
    fig("gần 1.300 cơ sở", "1.300", 1300, "count", "cơ sở", approx="nearly", subject="cơ sở lĩnh vực nha khoa"),
    fig("rộng 6-8 m2", "6", 6, "measure", "m2", value_max=8,
        subject="diện tích phòng đặt máy chụp phim răng toàn cảnh"),
    fig("khoảng 0,01 mSv", "0,01", 0.01, "measure", "mSv/lần chụp", approx="about",
        subject="liều bệnh nhân nhận mỗi lần chụp phim răng toàn cảnh"),
    fig("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
        subject="liều tích lũy của kỹ thuật viên so với người làm việc trong phòng đạt chuẩn"),
    fig("từ 40 đến 50 triệu", "40", 40e6, "money", "đồng", value_max=50e6,
        subject="mức phạt đối với hành vi sử dụng thiết bị X-quang không có giấy phép"),
    fig("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="over",
        change=chg("increase", 2, "lần", "năm 2022", approx="nearly"),
        subject="tiền xử phạt các cơ sở vi phạm", period=Y23),
    fig("ít nhất 400 cơ sở", "400", 400, "count", "cơ sở", approx="at_least", status="forecast",
        subject="cơ sở nha khoa kiểm tra", period=NN),
]

NOTES = [
    "National newspaper: 'Thứ năm, 18/4/2024, 14:05 (GMT+7)', headline figure, sapo, place lead 'TP HCM -', expert quote, byline at the end.",
    "Location TP Hồ Chí Minh for all figures (the city's inspections and stock of X-ray facilities).",
    "'Hàng chục cơ sở' (sapo) is optional: an approximate number word with no settled value.",
    "'phát hiện 47 cơ sở ..., chiếm 14,5%' → percent attribute; no total (no part-of cue after 'kiểm tra 324 cơ sở').",
    "'riêng lĩnh vực nha khoa có gần 1.300 cơ sở': 'riêng' is not a part-of cue in the spec → no total.",
    "'Mỗi lần chụp ..., bệnh nhân nhận liều khoảng 0,01 mSv' → rate unit 'mSv/lần chụp'. 'cao gấp 3-4 lần' has no base amount: multiple.",
    "'tăng gần gấp đôi so với năm 2022' → change ×2 (nearly) in lần. 'Năm nay ... dự kiến ... ít nhất 400' → forecast, 2024.",
    "Distractors: '(GMT+7)', time 14:05, Nghị định số 107/2013/NĐ-CP, 'năm 2021', 'năm 2024' in a target without a number.",
]

if __name__ == "__main__":
    write("p1440-6", TEXT, NOTES, FIGS, published="2024-04-18", location="TP Hồ Chí Minh")
