"""p1430-7: news agency (TTXVN / VietnamPlus): a Hà Nội children's hospital's rehabilitation centre, gait robot, 6 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VietnamPlus › Xã hội › Y tế

Robot tập đi giúp trẻ bại não rút ngắn thời gian phục hồi

28/06/2024 16:05 GMT+7

Hà Nội (TTXVN) - Sáu tháng đầu năm 2024, Trung tâm Phục hồi chức năng, Bệnh viện Nhi Thủ Đô đã khám và điều trị cho 9.850 lượt trẻ, tăng 12% so với cùng kỳ, trong đó 3.420 lượt trẻ bại não.

Hệ thống robot hỗ trợ tập đi Walkbot K-200 của trung tâm có tổng kinh phí 9,8 tỷ đồng, do các nhà tài trợ trao tặng. Từ tháng 3/2023 đến nay, đã có 214 trẻ bại não được tập với robot; mỗi liệu trình gồm 20 buổi, mỗi buổi từ 30 đến 45 phút.

Theo Thạc sĩ Đỗ Minh Quân, Phó Giám đốc trung tâm, sau một liệu trình, 68% trẻ cải thiện điểm vận động thô GMFM từ 5 điểm trở lên; thời gian để trẻ tự đứng được rút ngắn khoảng một phần ba so với tập thông thường.

Hiện mỗi buổi tập robot có giá 450.000 đồng và chưa được quỹ BHYT chi trả, nên một liệu trình tốn khoảng 9 triệu đồng. Trung tâm đã vận động các nhà hảo tâm hỗ trợ 100% chi phí cho 36 trẻ thuộc hộ nghèo. Danh sách chờ hiện đã lên tới hơn 600 trẻ, có trẻ phải chờ gần 4 tháng.

Năm nay, bệnh viện dự kiến đầu tư thêm một hệ thống robot tập chi trên và tăng số giường nội trú của trung tâm từ 60 lên 80 giường. Trung tâm cũng phấn đấu đến năm 2025 đào tạo 15 kỹ thuật viên vận hành robot, gấp ba lần hiện nay.

Đây là lần thứ 5 bệnh viện tổ chức Ngày hội "Vì nụ cười trẻ bại não", thu hút khoảng 500 gia đình tham gia.

Minh Hằng (TTXVN)
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = per("Từ tháng 3/2023 đến nay", "2023-03-01", "2024-06-28")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("cho 9.850 lượt", "9.850", 9850, "count", "lượt", change=chg("increase", 12, "%", "cùng kỳ"),
        subject="lượt trẻ Trung tâm Phục hồi chức năng, Bệnh viện Nhi Thủ Đô khám và điều trị", period=H1),
    fig("3.420 lượt", "3.420", 3420, "count", "lượt", total=9850, subject="lượt trẻ bại não", period=H1),
    fig("kinh phí 9,8 tỷ", "9,8", 9.8e9, "money", "đồng",
        subject="tổng kinh phí hệ thống robot hỗ trợ tập đi Walkbot K-200"),
    fig("có 214 trẻ", "214", 214, "count", "trẻ", subject="trẻ bại não được tập với robot", period=SINCE),
    fig("gồm 20 buổi", "20", 20, "count", "buổi", subject="số buổi mỗi liệu trình"),
    fig("từ 30 đến 45 phút", "30", 30, "measure", "phút", value_max=45, subject="thời gian mỗi buổi"),
    fig("sau một liệu trình", "một", 1, "count", "liệu trình", subject="liệu trình", optional=True),
    fig("68% trẻ", "68", 68, "percent", "%", subject="tỷ lệ trẻ cải thiện điểm vận động thô GMFM từ 5 điểm trở lên"),
    fig("từ 5 điểm", "5", 5, "measure", "điểm", approx="at_least", subject="mức cải thiện điểm vận động thô GMFM",
        optional=True),
    fig("khoảng một phần ba", "một", 1, "measure", "phần ba", approx="about",
        subject="mức rút ngắn thời gian để trẻ tự đứng", optional=True),
    fig("giá 450.000 đồng", "450.000", 450000, "money", "đồng/buổi", subject="giá mỗi buổi tập robot"),
    fig("khoảng 9 triệu", "9", 9e6, "money", "đồng", approx="about", subject="chi phí một liệu trình"),
    fig("hỗ trợ 100%", "100", 100, "percent", "%", subject="tỷ lệ chi phí các nhà hảo tâm hỗ trợ cho trẻ thuộc hộ nghèo"),
    fig("cho 36 trẻ", "36", 36, "count", "trẻ", subject="trẻ thuộc hộ nghèo được hỗ trợ chi phí"),
    fig("hơn 600 trẻ", "600", 600, "count", "trẻ", approx="over", subject="trẻ trong danh sách chờ"),
    fig("gần 4 tháng", "4", 4, "measure", "tháng", approx="nearly", subject="thời gian trẻ phải chờ"),
    fig("thêm một hệ thống", "một", 1, "count", "hệ thống", status="forecast",
        subject="hệ thống robot tập chi trên đầu tư thêm", period=NOW),
    fig("từ 60 lên", "60", 60, "count", "giường", subject="số giường nội trú của trung tâm", optional=True),
    fig("lên 80 giường", "80", 80, "count", "giường", status="forecast",
        subject="số giường nội trú của trung tâm", period=NOW),
    fig("đào tạo 15 kỹ thuật viên", "15", 15, "count", "kỹ thuật viên", status="target",
        change=chg("increase", 3, "lần", "hiện nay"), subject="kỹ thuật viên vận hành robot", period=T25),
    fig("khoảng 500 gia đình", "500", 500, "count", "gia đình", approx="about",
        subject="gia đình tham gia Ngày hội"),
]

NOTES = [
    "News agency (TTXVN / VietnamPlus): breadcrumb, '28/06/2024 16:05 GMT+7' (published), 'Hà Nội (TTXVN) -', byline. Location Hà Nội.",
    "Distractors: 16:05, 'Walkbot K-200' (a product name), 'GMFM', 'tháng 3/2023' (start of a period), 'lần thứ 5' (an ordinal).",
    "'trong đó 3.420 lượt trẻ bại não' -> total 9850. 'Sáu tháng đầu năm 2024' (word number) -> H1 2024.",
    "'Từ tháng 3/2023 đến nay' -> 2023-03-01 .. published (the 214 children); the robot's cost (9,8 tỷ) stands in a sentence without a period.",
    "Optional: 'sau một liệu trình' (one course, an idiom of sequence), the threshold 'từ 5 điểm trở lên', 'khoảng một phần ba' (a fraction, no spec rule), the old bed count in 'từ 60 lên 80 giường' (the figure is the new count).",
    "'gấp ba lần hiện nay' after a target count is its change (increase, 3 lần, baseline hiện nay). 'Năm nay ... dự kiến' -> forecast, year 2024.",
]

if __name__ == "__main__":
    write("p1430-7", TEXT, NOTES, FIGS, published="2024-06-28", location="Hà Nội")
