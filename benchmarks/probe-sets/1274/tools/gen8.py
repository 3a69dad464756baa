"""p1274-8: news agency (TTXVN/Vietnam+), Hà Nội: weekly HFMD cases, kindergarten inspections, disinfectant price."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Xã hội | Y tế

Hà Nội: Ca mắc tay chân miệng tăng, trường mầm non tăng cường khử khuẩn

18/05/2024 10:25 GMT+07:00

Hà Nội (TTXVN/Vietnam+) - Theo Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội, trong tuần từ ngày 10/5 đến 17/5/2024, thành phố ghi nhận 74 ca mắc tay chân miệng, tăng 21 ca so với tuần trước; không có ca tử vong. Các ca mắc rải rác tại 19 quận, huyện; nhiều nhất là quận Hoàng Mai (11 ca) và huyện Gia Lâm (9 ca).

Cộng dồn từ đầu năm 2024 đến nay, Hà Nội ghi nhận 842 ca mắc, gấp 1,6 lần cùng kỳ năm 2023, đứng thứ 5 cả nước. Thành phố đã xử lý 3 ổ dịch tại các trường mầm non thuộc quận Hà Đông và huyện Đông Anh; đến nay các ổ dịch đều đã kết thúc.

Theo ThS.BS Vũ Đình Khải, Phó Giám đốc CDC Hà Nội, số ca mắc có thể tiếp tục tăng trong 2-3 tuần tới do thời tiết nắng nóng. Đoàn kiểm tra liên ngành đã kiểm tra ba chục trường mầm non ngoài công lập ở quận Cầu Giấy, Nam Từ Liêm, trong đó 7 trường chưa có đủ bồn rửa tay, 4 trường chưa khử khuẩn đồ chơi hằng ngày.

Sở Giáo dục và Đào tạo đã yêu cầu gần 2.900 cơ sở giáo dục mầm non bố trí đủ xà phòng, nước sạch. Hiện giá Cloramin B trên thị trường khoảng 180.000-220.000 đồng/kg, tăng khoảng 15% so với đầu năm.

CDC Hà Nội dự kiến trong tháng 6 sẽ tập huấn cho khoảng 1.500 nhân viên y tế trường học về giám sát, phát hiện sớm ca bệnh.

Minh Thu (TTXVN/Vietnam+)
"""

WEEK = per("trong tuần từ ngày 10/5 đến 17/5/2024", "2024-05-10", "2024-05-17")
YTD = per("từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-18")
JUN = per("trong tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    fig("ghi nhận 74 ca", "74", 74, "count", "ca",
        change=chg("increase", 21, "ca", "tuần trước"),
        subject="ca mắc tay chân miệng", period=WEEK),
    fig("tại 19 quận", "19", 19, "count", "quận, huyện", subject="quận, huyện có ca mắc",
        period=inh(WEEK)),
    fig("Mai (11 ca)", "11", 11, "count", "ca", subject="ca mắc", period=inh(WEEK),
        location="Hoàng Mai"),
    fig("Lâm (9 ca)", "9", 9, "count", "ca", subject="ca mắc", period=inh(WEEK),
        location="Gia Lâm"),
    fig("ghi nhận 842 ca", "842", 842, "count", "ca",
        change=chg("increase", 1.6, "lần", "cùng kỳ năm 2023"),
        subject="ca mắc", period=YTD),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="số ca mắc", period=YTD),
    fig("xử lý 3 ổ dịch", "3", 3, "count", "ổ dịch",
        subject="ổ dịch tại các trường mầm non", period=inh(YTD)),
    fig("tra ba chục", "ba chục", 30, "count", "trường",
        subject="trường mầm non ngoài công lập đoàn kiểm tra liên ngành đã kiểm tra"),
    fig("trong đó 7 trường", "7", 7, "count", "trường", total=30,
        subject="trường chưa có đủ bồn rửa tay"),
    fig("4 trường chưa", "4", 4, "count", "trường", total=30,
        subject="trường chưa khử khuẩn đồ chơi hằng ngày"),
    fig("gần 2.900 cơ sở", "2.900", 2900, "count", "cơ sở giáo dục", approx="nearly",
        subject="cơ sở giáo dục mầm non"),
    fig("khoảng 180.000-220.000", "180.000", 180000, "money", "đồng/kg", approx="about",
        value_max=220000, change=chg("increase", 15, "%", "đầu năm", approx="about"),
        subject="giá Cloramin B trên thị trường"),
    fig("khoảng 1.500 nhân viên", "1.500", 1500, "count", "nhân viên y tế trường học", approx="about",
        status="forecast", subject="nhân viên y tế trường học được tập huấn", period=JUN),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): section line, '18/05/2024 10:25 GMT+07:00', 'Hà Nội (TTXVN/Vietnam+) -', byline at the end.",
    "Distractors: 10:25, 'GMT+07:00', 'ThS.BS', 'trong 2-3 tuần tới' (a duration that only locates the forecast in time),",
    "baselines 'tuần trước', 'cùng kỳ năm 2023', 'đầu năm'.",
    "'tăng 21 ca so với tuần trước' → change in ca; 'gấp 1,6 lần cùng kỳ năm 2023' → change in lần.",
    "'đứng thứ 5 cả nước' → rank of Hà Nội (location Hà Nội, as for a province's rank), same clause as 842 ca: same period.",
    "'19 quận, huyện; nhiều nhất là quận Hoàng Mai (11 ca) và huyện Gia Lâm (9 ca)' → list, no part-of cue, no total.",
    "'3 ổ dịch ... thuộc quận Hà Đông và huyện Đông Anh' and 'ba chục trường ... ở quận Cầu Giấy, Nam Từ Liêm' name two",
    "districts each: location Hà Nội (borderline). 'ba chục' = 30; 'trong đó 7 trường ..., 4 trường ...' → total 30.",
    "'khoảng 180.000-220.000 đồng/kg, tăng khoảng 15% so với đầu năm' → money range, about, change about 15%. 'Hiện' → no period.",
    "'dự kiến trong tháng 6' → forecast, period June 2024.",
]

if __name__ == "__main__":
    write("p1274-8", TEXT, NOTES, FIGS, published="2024-05-18", location="Hà Nội")
