"""p1389-5: provincial newspaper (Báo Bắc Giang, tag (BGĐT)): a couple in Lục Ngạn and the provincial IVF unit."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Xã hội | Y tế

Niềm vui của những gia đình hiếm muộn

Thứ Hai, 03/06/2024 - 07:30

Nhờ kỹ thuật thụ tinh trong ống nghiệm được triển khai ngay tại tỉnh, nhiều cặp vợ chồng hiếm muộn ở Bắc Giang đã được đón con sau nhiều năm chờ đợi, với chi phí thấp hơn đáng kể so với lên tuyến trung ương.

(BGĐT) - Anh Hoàng Văn Quyết và chị Lương Thị Thắm ở xã Tân Mộc, huyện Lục Ngạn kết hôn từ năm 2015 nhưng mãi chưa có con. Năm 2023, anh chị quyết định làm IVF tại Bệnh viện Sản Nhi Bắc Giang với tổng chi phí khoảng 75 triệu đồng. Ngay lần chuyển phôi đầu tiên, chị Thắm đã có thai và đến tháng 3/2024 sinh hai bé trai nặng 2,4 kg và 2,6 kg.

Theo BSCKII Ngô Thị Hạnh, Phó Giám đốc Bệnh viện Sản Nhi Bắc Giang, từ khi triển khai vào tháng 6/2021 đến nay, Đơn vị Hỗ trợ sinh sản của bệnh viện đã thực hiện 1.432 chu kỳ chuyển phôi, hơn 600 em bé đã chào đời. Riêng 5 tháng đầu năm 2024, đơn vị thực hiện 236 chu kỳ, tăng 21% so với cùng kỳ; tỷ lệ có thai đạt 54,6%, thuộc nhóm cao nhất cả nước.

Chi phí mỗi ca IVF tại bệnh viện khoảng 60-70 triệu đồng, giúp người bệnh tiết kiệm từ 15 đến 20 triệu đồng tiền đi lại, ăn ở so với điều trị tại Hà Nội. Khoảng 35% bệnh nhân của đơn vị đến từ các huyện miền núi như Lục Ngạn, Sơn Động, Lục Nam.

Năm nay, bệnh viện dự kiến đầu tư thêm một tủ nuôi cấy phôi và một hệ thống trữ lạnh với tổng kinh phí khoảng 4 tỷ đồng, nâng công suất lên 80 chu kỳ/tháng.

HÀ THU
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
# "đến tháng 3/2024": FIGURES.md reads "đến <date>" / "tính đến tháng 8/2022" as an as-of date (start null).
M3 = per("đến tháng 3/2024", None, "2024-03-31")
SINCE = per("từ khi triển khai vào tháng 6/2021 đến nay", "2021-06-01", "2024-06-03")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
LN = "Lục Ngạn"

FIGS = [
    fig("khoảng 75 triệu", "75", 75e6, "money", "đồng", approx="about",
        subject="tổng chi phí làm IVF của anh chị", period=Y23, location=LN),
    fig("sinh hai bé trai", "hai", 2, "count", "bé trai", subject="bé trai chị Thắm sinh", period=M3, location=LN),
    fig("nặng 2,4 kg", "2,4", 2.4, "measure", "kg", subject="cân nặng bé trai", period=M3, location=LN),
    fig("và 2,6 kg", "2,6", 2.6, "measure", "kg", subject="cân nặng bé trai", period=M3, location=LN),
    fig("thực hiện 1.432 chu kỳ", "1.432", 1432, "count", "chu kỳ",
        subject="chu kỳ chuyển phôi Đơn vị Hỗ trợ sinh sản đã thực hiện", period=SINCE),
    fig("hơn 600 em bé", "600", 600, "count", "em bé", approx="over", subject="em bé đã chào đời", period=SINCE),
    fig("thực hiện 236 chu kỳ", "236", 236, "count", "chu kỳ", change=chg("increase", 21, "%", "cùng kỳ"),
        subject="chu kỳ đơn vị thực hiện", period=M5),
    fig("đạt 54,6%", "54,6", 54.6, "percent", "%", subject="tỷ lệ có thai", period=M5),
    fig("khoảng 60-70 triệu", "60", 60e6, "money", "đồng/ca", value_max=70e6, approx="about",
        subject="chi phí mỗi ca IVF tại bệnh viện"),
    fig("từ 15 đến 20 triệu", "15", 15e6, "money", "đồng", value_max=20e6,
        subject="tiền đi lại, ăn ở người bệnh tiết kiệm"),
    fig("Khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="bệnh nhân của đơn vị đến từ các huyện miền núi"),
    fig("thêm một tủ", "một", 1, "count", "tủ nuôi cấy phôi", status="forecast",
        subject="tủ nuôi cấy phôi đầu tư thêm", period=NOW),
    fig("một hệ thống", "một", 1, "count", "hệ thống trữ lạnh", status="forecast",
        subject="hệ thống trữ lạnh đầu tư thêm", period=NOW),
    fig("khoảng 4 tỷ", "4", 4e9, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí đầu tư thiết bị", period=NOW),
    fig("lên 80 chu kỳ", "80", 80, "measure", "chu kỳ/tháng", status="forecast",
        subject="công suất của đơn vị", period=NOW),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): sapo, '(BGĐT) -' tag, 'Thứ Hai, 03/06/2024 - 07:30', byline HÀ THU.",
    "Distractors: 07:30, 'kết hôn từ năm 2015', 'lần chuyển phôi đầu tiên', 'BSCKII', 'tháng 6/2021' (start of a period), 'huyện Lục Ngạn' list.",
    "'đến tháng 3/2024 sinh hai bé trai nặng 2,4 kg và 2,6 kg': as-of period (null .. 2024-03-31), as FIGURES.md reads 'đến <date>' (revised after the first run).",
    "The couple's passage (xã Tân Mộc, huyện Lục Ngạn): location Lục Ngạn for its 4 figures, although the hospital is the province's.",
    "'từ khi triển khai vào tháng 6/2021 đến nay' = 2021-06-01 .. dateline 2024-06-03; the ';' clause of the 5-month sentence keeps its period.",
    "'Năm nay ... dự kiến' governs the whole sentence: 4 forecast figures, period 2024 (from the dateline). 'nâng công suất lên 80 chu kỳ/tháng' is a rate (measure).",
    "'Khoảng 35% ... như Lục Ngạn, Sơn Động, Lục Nam': the districts are a list of examples, location stays Bắc Giang.",
]

if __name__ == "__main__":
    write("p1389-5", TEXT, NOTES, FIGS, published="2024-06-03", location="Bắc Giang")
