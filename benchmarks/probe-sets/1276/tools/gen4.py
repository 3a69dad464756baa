"""p1276-4: Party newspaper (Báo Bắc Giang, tag '(BGĐT) -'): a 'longevity village' in huyện Lục Nam."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao
Thứ Ba, 08/10/2024 - 07:30

Làng "trường thọ" bên dòng Lục Nam

(BGĐT) - Thôn Bãi Chợ, xã Nghĩa Phương (Lục Nam) chỉ có 1.030 nhân khẩu nhưng có tới 46 người từ 90 tuổi trở lên, trong đó bốn cụ đã bước qua tuổi 100. Nhiều năm nay, thôn được mệnh danh là "làng trường thọ" của tỉnh.

Cụ cao tuổi nhất thôn là cụ bà Ngô Thị Tẻo, sinh năm 1917, năm nay tròn 107 tuổi. Cụ có 7 người con, 23 cháu và 31 chắt; hằng ngày vẫn tự ăn uống, sinh hoạt. Theo anh Ngô Văn Lực, cháu nội của cụ, bí quyết của bà là ăn nhiều rau, ngủ sớm và làm vườn khoảng hai tiếng mỗi ngày.

Theo Chi hội Người cao tuổi thôn, tuổi thọ bình quân của người dân trong thôn khoảng 82 tuổi, cao hơn mức bình quân của tỉnh gần 8 tuổi. Hiện 100% hộ trong thôn dùng nước sạch, trên 90% người cao tuổi tham gia câu lạc bộ dưỡng sinh.

Toàn tỉnh Bắc Giang hiện có trên 205 nghìn người cao tuổi, trong đó hơn 1.100 cụ từ 100 tuổi trở lên. Dịp Tết Giáp Thìn vừa qua, tỉnh đã tổ chức mừng thọ cho khoảng 38,5 nghìn cụ với tổng kinh phí hơn 12 tỷ đồng. Huyện Lục Nam xếp thứ ba toàn tỉnh về số cụ bách tuế, sau huyện Lục Ngạn và huyện Yên Dũng.

"Chăm lo cho người cao tuổi là đạo lý uống nước nhớ nguồn", ông Trần Văn Hải, Chủ tịch Hội Người cao tuổi huyện chia sẻ.

NGỌC ANH

Từ khóa: người cao tuổi, mừng thọ, Lục Nam
Bài liên quan:
- Hội Người cao tuổi tỉnh tổ chức Đại hội lần thứ VII
- Quốc lộ 31 qua Lục Nam được nâng cấp
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
BG = "Bắc Giang"

FIGS = [
    fig("có 1.030 nhân khẩu", "1.030", 1030, "count", "nhân khẩu", subject="nhân khẩu thôn Bãi Chợ"),
    fig("tới 46 người", "46", 46, "count", "người", subject="người từ 90 tuổi trở lên ở thôn Bãi Chợ"),
    fig("từ 90 tuổi", "90", 90, "measure", "tuổi", optional=True),
    fig("bốn cụ", "bốn", 4, "count", "cụ", total=46, subject="cụ đã bước qua tuổi 100"),
    fig("qua tuổi 100", "100", 100, "measure", "tuổi", optional=True),
    fig("tròn 107 tuổi", "107", 107, "measure", "tuổi", subject="tuổi của cụ bà Ngô Thị Tẻo", period=NOW),
    fig("có 7 người con", "7", 7, "count", "người con", subject="con của cụ bà Ngô Thị Tẻo"),
    fig("23 cháu", "23", 23, "count", "cháu", subject="cháu của cụ bà Ngô Thị Tẻo"),
    fig("31 chắt", "31", 31, "count", "chắt", subject="chắt của cụ bà Ngô Thị Tẻo"),
    fig("khoảng hai tiếng", "hai", 2, "measure", "tiếng/ngày", approx="about",
        subject="thời gian làm vườn mỗi ngày của cụ"),
    fig("khoảng 82 tuổi", "82", 82, "measure", "tuổi", approx="about",
        change=chg("increase", 8, "tuổi", "mức bình quân của tỉnh", approx="nearly"),
        subject="tuổi thọ bình quân của người dân trong thôn"),
    fig("100% hộ", "100", 100, "percent", "%", subject="tỷ lệ hộ trong thôn dùng nước sạch"),
    fig("trên 90% người", "90", 90, "percent", "%", approx="over",
        subject="tỷ lệ người cao tuổi tham gia câu lạc bộ dưỡng sinh"),
    fig("trên 205 nghìn", "205", 205000, "count", "người cao tuổi", approx="over",
        subject="người cao tuổi toàn tỉnh", location=BG),
    fig("hơn 1.100 cụ", "1.100", 1100, "count", "cụ", approx="over", total=205000,
        subject="cụ từ 100 tuổi trở lên", location=BG),
    fig("cụ từ 100 tuổi", "100", 100, "measure", "tuổi", optional=True, location=BG),
    fig("khoảng 38,5 nghìn", "38,5", 38500, "count", "cụ", approx="about",
        subject="cụ được mừng thọ dịp Tết Giáp Thìn", location=BG),
    fig("hơn 12 tỷ", "12", 12e9, "money", "đồng", approx="over",
        subject="tổng kinh phí mừng thọ dịp Tết Giáp Thìn", location=BG),
    fig("xếp thứ ba", "ba", 3, "rank", "hạng", subject="số cụ bách tuế"),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang điện tử): menu, 'Thứ Ba, 08/10/2024 - 07:30', sapo with tag '(BGĐT) -', quote, byline, tags, related links.",
    "Default location Lục Nam (the village is in xã Nghĩa Phương, huyện Lục Nam); province totals are Bắc Giang; the rank of huyện",
    "Lục Nam 'xếp thứ ba toàn tỉnh' is located in Lục Nam (the ranked unit; cf. province ranks in the shared gold).",
    "Distractors: 'sinh năm 1917', 07:30, 'Đại hội lần thứ VII', 'Quốc lộ 31', the dateline.",
    "Age thresholds ('từ 90 tuổi trở lên', 'tuổi 100', 'từ 100 tuổi trở lên') optional; ages of a named person and life expectancy required.",
    "'bốn cụ' is part of the 46 ('trong đó'); 'hơn 1.100 cụ' part of 'trên 205 nghìn'. 'cao hơn ... gần 8 tuổi' is a change (nearly).",
    "'khoảng hai tiếng mỗi ngày' is a daily rate: unit 'tiếng/ngày'. 'năm nay' = 2024 (dateline). 'Dịp Tết Giáp Thìn' is no period phrase.",
]

if __name__ == "__main__":
    write("p1276-4", TEXT, NOTES, FIGS, published="2024-10-08", location="Lục Nam")
