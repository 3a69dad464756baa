"""p1258-5: provincial Party newspaper (Báo Đồng Tháp): a Vovinam võ đường in TP Cao Lãnh; province club count."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Đồng Tháp Online > Thể thao

Võ đường “giữ lửa” Vovinam ở Cao Lãnh

Thứ Hai, 22/07/2024 - 07:15

(ĐTO) - Từ năm 2005 đến nay, võ đường Vovinam Hưng Phát ở Phường 1, TP Cao Lãnh đã đào tạo hơn 3.000 lượt võ sinh, nhiều em trở thành vận động viên của tỉnh.

Võ đường do võ sư Lê Văn Hưng (sinh năm 1968, huyền đai đệ nhất cấp) thành lập, hiện có 4 lớp với 136 võ sinh, trong đó 52 em nữ; độ tuổi từ 6 đến 17. Mỗi tuần, võ sinh tập 3 buổi, mỗi buổi 90 phút; học phí 150.000 đồng/tháng, con em hộ nghèo được miễn học phí. Để có sân tập, võ sư Hưng đã bỏ ra gần 200 triệu đồng mua thảm và dụng cụ.

Trong 6 tháng đầu năm nay, võ đường có 18 võ sinh được nâng cấp đai; tại Giải Vovinam tỉnh Đồng Tháp lần thứ 25, các em giành 4 huy chương vàng, 3 huy chương bạc và 5 huy chương đồng. Qua các mùa giải, võ đường đã có gần ba chục huy chương cấp tỉnh.

“Năm nay, số võ sinh đăng ký học hè tăng khoảng 30% so với năm ngoái, nhiều phụ huynh muốn con học võ để rèn sức khỏe, tự vệ”, võ sư Hưng chia sẻ. Võ đường dự kiến mở thêm hai lớp tại xã Mỹ Tân vào tháng 9.

Theo Sở Văn hóa, Thể thao và Du lịch, toàn tỉnh hiện có 64 câu lạc bộ Vovinam, trong đó TP Cao Lãnh có 15 câu lạc bộ. Mục tiêu đến năm 2025, mỗi huyện, thành phố có ít nhất 1 câu lạc bộ Vovinam trong trường học.

NGỌC TRÂM
"""

SINCE = per("Từ năm 2005 đến nay", "2005-01-01", "2024-07-22")
H1 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
SEP = per("tháng 9", "2024-09-01", "2024-09-30")
T25 = per("đến năm 2025", None, "2025-12-31")
CL = "Cao Lãnh"

FIGS = [
    fig("hơn 3.000 lượt", "3.000", 3000, "count", "lượt võ sinh", approx="over",
        subject="lượt võ sinh võ đường Vovinam Hưng Phát đào tạo", period=SINCE, location=CL),
    fig("có 4 lớp", "4", 4, "count", "lớp", subject="lớp của võ đường", location=CL),
    fig("với 136 võ sinh", "136", 136, "count", "võ sinh", subject="võ sinh của võ đường", location=CL),
    fig("52 em nữ", "52", 52, "count", "em", total=136, subject="võ sinh nữ", location=CL),
    fig("từ 6 đến 17", "6", 6, "measure", "tuổi", value_max=17, subject="độ tuổi võ sinh", location=CL,
        optional=True),
    fig("tập 3 buổi", "3", 3, "measure", "buổi/tuần", subject="số buổi tập mỗi tuần", location=CL),
    fig("buổi 90 phút", "90", 90, "measure", "phút", subject="thời lượng mỗi buổi tập", location=CL),
    fig("phí 150.000 đồng", "150.000", 150000, "money", "đồng/tháng", subject="học phí", location=CL),
    fig("gần 200 triệu", "200", 200e6, "money", "đồng", approx="nearly",
        subject="tiền võ sư Hưng bỏ ra mua thảm và dụng cụ", location=CL),
    fig("có 18 võ sinh", "18", 18, "count", "võ sinh", subject="võ sinh được nâng cấp đai", period=H1,
        location=CL),
    fig("giành 4 huy chương", "4", 4, "count", "huy chương vàng",
        subject="huy chương vàng võ sinh võ đường giành tại Giải Vovinam tỉnh Đồng Tháp", period=H1, location=CL),
    fig("3 huy chương bạc", "3", 3, "count", "huy chương bạc",
        subject="huy chương bạc võ sinh võ đường giành tại Giải Vovinam tỉnh Đồng Tháp", period=H1, location=CL),
    fig("5 huy chương đồng", "5", 5, "count", "huy chương đồng",
        subject="huy chương đồng võ sinh võ đường giành tại Giải Vovinam tỉnh Đồng Tháp", period=H1, location=CL),
    fig("gần ba chục", "ba chục", 30, "count", "huy chương", approx="nearly",
        subject="huy chương cấp tỉnh võ đường đã có", location=CL),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="số võ sinh đăng ký học hè", period=NOW, location=CL),
    fig("thêm hai lớp", "hai", 2, "count", "lớp", status="forecast", subject="lớp võ đường mở thêm tại xã Mỹ Tân",
        period=SEP, location=CL),
    fig("có 64 câu lạc bộ", "64", 64, "count", "câu lạc bộ", subject="câu lạc bộ Vovinam"),
    fig("có 15 câu lạc bộ", "15", 15, "count", "câu lạc bộ", total=64, subject="câu lạc bộ Vovinam",
        location=CL),
    fig("ít nhất 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", approx="at_least", status="target",
        subject="câu lạc bộ Vovinam trong trường học ở mỗi huyện, thành phố", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Đồng Tháp): breadcrumb, 'Thứ Hai, 22/07/2024 - 07:15', tag '(ĐTO) -', sapo, byline at the end.",
    "Distractors: 07:15, 'Phường 1', 'sinh năm 1968', 'huyền đai đệ nhất cấp' (a belt grade), 'lần thứ 25', 'năm 2005' as the start",
    "of 'Từ năm 2005 đến nay', 'năm ngoái' (baseline), 'xã Mỹ Tân'.",
    "The võ đường is in TP Cao Lãnh: its figures get location Cao Lãnh; the province count (64) stays Đồng Tháp, the city's 15 → Cao Lãnh.",
    "'Từ năm 2005 đến nay' runs to the dateline. '6 tháng đầu năm nay', 'Năm nay', year-less 'tháng 9' → 2024.",
    "'độ tuổi từ 6 đến 17' (members' ages) is optional, as 'từ 15 tuổi' in the shared gold.",
    "'tập 3 buổi' under 'Mỗi tuần' → measure buổi/tuần; 'mỗi buổi 90 phút' → measure phút. 'gần ba chục' = 30 (number word), nearly.",
    "'tăng khoảng 30% so với năm ngoái' is a growth rate standing as the claim: a percent figure, no change.",
    "'dự kiến mở thêm hai lớp' → forecast. 'Mục tiêu đến năm 2025 ... ít nhất 1 câu lạc bộ' → target, at_least.",
    "The 4/3/5 medals stand in the sentence that begins 'Trong 6 tháng đầu năm nay' (after ';'): period scored.",
]

if __name__ == "__main__":
    write("p1258-5", TEXT, NOTES, FIGS, published="2024-07-22", location="Đồng Tháp")
