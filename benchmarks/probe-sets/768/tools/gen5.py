"""p768-5: Party newspaper (Báo Thái Bình), summer playgrounds at nhà văn hóa thôn; byline and date at the end."""
from lib import write, fig, per, inh, chg

TEXT = """Báo Thái Bình điện tử
Văn hóa - Xã hội

Sân chơi hè cho trẻ em ở nhà văn hóa thôn

Từ đầu tháng 6/2024 đến nay, toàn tỉnh có 1.562 điểm vui chơi cho trẻ em tại nhà văn hóa thôn, tổ dân phố được mở cửa phục vụ, tăng 87 điểm so với cùng kỳ năm 2023. Ước tính có khoảng 185.000 lượt trẻ em tham gia các hoạt động vui chơi, rèn luyện kỹ năng sống, đọc sách tại tủ sách thôn.

Huyện Kiến Xương hiện có 216/216 thôn, tổ dân phố có khu vui chơi cho trẻ em. Tại thôn Nam Huân, xã Trà Giang, nhà văn hóa thôn được lắp đặt bể bơi di động dài 12 m, rộng 6 m để dạy bơi miễn phí cho trẻ em trong 3 tháng hè. Năm nay, các huyện Vũ Thư, Đông Hưng, Quỳnh Phụ lần lượt xây mới 14, 19 và 22 sân chơi cho trẻ em.

Tỉnh đoàn phối hợp với Sở Giáo dục và Đào tạo mở 146 lớp dạy bơi với hơn 4.300 trẻ em tham gia, trong đó 2.870 em đã biết bơi, chiếm 66,7%. Các em được hướng dẫn ghi nhớ Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 khi gặp nguy hiểm.

Từ năm 2021 đến nay, các doanh nghiệp, nhà hảo tâm đã đóng góp gần 18 tỷ đồng xây dựng sân chơi tại nhà văn hóa thôn, chiếm khoảng 40% tổng kinh phí. Theo Sở Văn hóa, Thể thao và Du lịch, năm 2024 tỉnh phấn đấu 100% xã có điểm vui chơi đạt chuẩn an toàn; mỗi huyện xây dựng thêm từ 10 đến 15 sân chơi gắn với nhà văn hóa thôn, dọc các tuyến Quốc lộ 10, Quốc lộ 39.

Bài và ảnh: Thu Hiền
Thứ Hai, 24/06/2024 - 07:15
"""

SUMMER = per("Từ đầu tháng 6/2024 đến nay", "2024-06-01", "2024-06-24")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
T24 = per("năm 2024", "2024-01-01", "2024-12-31")
NEW = "sân chơi cho trẻ em xây mới"

FIGS = [
    fig("có 1.562 điểm", "1.562", 1562, "count", "điểm vui chơi",
        "điểm vui chơi cho trẻ em tại nhà văn hóa thôn, tổ dân phố được mở cửa phục vụ", SUMMER,
        change=chg("increase", 87, "điểm", "cùng kỳ năm 2023")),
    fig("khoảng 185.000 lượt", "185.000", 185000, "count", "lượt trẻ em",
        "lượt trẻ em tham gia các hoạt động vui chơi, rèn luyện kỹ năng sống", inh(SUMMER),
        approx="about", status="estimate"),
    fig("có 216/216 thôn", "216", 216, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có khu vui chơi cho trẻ em",
        total=216, location="Kiến Xương"),
    fig("dài 12 m", "12", 12, "measure", "m", "chiều dài bể bơi di động", location="Kiến Xương"),
    fig("rộng 6 m", "6", 6, "measure", "m", "chiều rộng bể bơi di động", location="Kiến Xương"),
    fig("xây mới 14,", "14", 14, "count", "sân chơi", NEW, Y24, location="Vũ Thư"),
    fig("14, 19 và", "19", 19, "count", "sân chơi", NEW, Y24, location="Đông Hưng"),
    fig("và 22 sân chơi", "22", 22, "count", "sân chơi", NEW, Y24, location="Quỳnh Phụ"),
    fig("mở 146 lớp", "146", 146, "count", "lớp dạy bơi", "lớp dạy bơi Tỉnh đoàn mở"),
    fig("hơn 4.300 trẻ em", "4.300", 4300, "count", "trẻ em", "trẻ em tham gia lớp dạy bơi", approx="over"),
    fig("2.870 em", "2.870", 2870, "count", "em", "trẻ em đã biết bơi", total=4300, percent=66.7),
    fig("gần 18 tỷ đồng", "18", 18e9, "money", "đồng",
        "doanh nghiệp, nhà hảo tâm đóng góp xây dựng sân chơi tại nhà văn hóa thôn",
        per("Từ năm 2021 đến nay", "2021-01-01", "2024-06-24"), approx="nearly", percent=40),
    fig("phấn đấu 100% xã", "100", 100, "percent", "%", "xã có điểm vui chơi đạt chuẩn an toàn", T24, status="target"),
    fig("từ 10 đến 15 sân chơi", "10", 10, "count", "sân chơi", "sân chơi gắn với nhà văn hóa thôn xây dựng thêm mỗi huyện", T24,
        value_max=15, status="target"),
]

COMMENTS = [
    "Báo Thái Bình (Party paper): summer playgrounds at nhà văn hóa thôn, swimming classes, sponsorship; byline + 'Thứ Hai, 24/06/2024 - 07:15' at the end.",
    "Distractors: 'trong 3 tháng hè' (a duration locating in time), Tổng đài ... 111 (a name), Quốc lộ 10, Quốc lộ 39, thôn/xã names.",
    "'tăng 87 điểm so với cùng kỳ' is the change of 1.562. 'Ước tính có khoảng 185.000' estimate + about.",
    "216/216: total 216, location Kiến Xương. 'lần lượt xây mới 14, 19 và 22' -> three counts, district locations, period 'Năm nay' = 2024.",
    "revised after first scoring: subject of 'từ 10 đến 15 sân chơi' now keeps the qualifier the sentence gives ('gắn với nhà văn hóa thôn').",
    "2.870 after 'trong đó' is part of 4.300 (chiếm 66,7%). 'chiếm khoảng 40% tổng kinh phí' is the share of 18 tỷ. 'phấn đấu' governs both clauses after it.",
]

if __name__ == "__main__":
    write("p768-5", TEXT, COMMENTS, FIGS, published="2024-06-24", location="Thái Bình")
