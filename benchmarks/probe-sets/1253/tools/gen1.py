"""p1253-1: province portal (Vĩnh Phúc): bears handed over by households, 9 months 2024; the bear centre in Tam Đảo."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức > Tài nguyên - Môi trường

Vĩnh Phúc: 9 tháng tiếp nhận 14 cá thể gấu nuôi nhốt

Cập nhật: 15/10/2024 09:30 | Lượt xem: 1.836

Theo Chi cục Kiểm lâm tỉnh, 9 tháng đầu năm 2024, các hộ gia đình trên địa bàn tỉnh Vĩnh Phúc đã tự nguyện chuyển giao 14 cá thể gấu cho Trung tâm Cứu hộ gấu Đại Đình, tăng 5 cá thể so với cùng kỳ năm 2023. Trong đó, 11 cá thể gấu ngựa và 3 cá thể gấu chó, đều thuộc nhóm IB theo Nghị định số 06/2019/NĐ-CP.

Đến ngày 30/9/2024, toàn tỉnh còn 23 cá thể gấu nuôi tại 9 hộ gia đình, giảm hơn 62% so với năm 2015 (năm 2015 là 61 cá thể tại gần ba chục hộ). Các cá thể còn lại chủ yếu trên 15 tuổi, nhiều con bị mù, gãy răng hoặc tổn thương túi mật do bị hút mật trong thời gian dài.

Trung tâm Cứu hộ gấu Đại Đình nằm cạnh Quốc lộ 2B, thuộc xã Đại Đình, huyện Tam Đảo, có diện tích khoảng 12 ha, hiện chăm sóc 187 cá thể gấu. Mỗi ngày, một cá thể gấu trưởng thành được cho ăn từ 8 đến 10 kg rau, củ, quả. Chi phí chăm sóc bình quân khoảng 45 triệu đồng/con/năm, chủ yếu do các tổ chức phi chính phủ tài trợ.

Quý IV, tỉnh phấn đấu vận động chuyển giao ít nhất 10 cá thể gấu còn lại về trung tâm; dự kiến đến năm 2026 đưa 100% số gấu nuôi trong dân về cơ sở cứu hộ.

Tin liên quan:
- Tam Đảo: Ra quân tuần tra bảo vệ rừng mùa khô 2024-2025
- Hội nghị tổng kết 5 năm thực hiện Luật Lâm nghiệp
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Đến ngày 30/9/2024", None, "2024-09-30")
Y15 = per("năm 2015", "2015-01-01", "2015-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
TO26 = per("đến năm 2026", None, "2026-12-31")
TD = "Tam Đảo"

FIGS = [
    fig("tiếp nhận 14 cá thể", "14", 14, "count", "cá thể",
        subject="cá thể gấu nuôi nhốt tiếp nhận", period=NINE_H),
    fig("chuyển giao 14 cá thể", "14", 14, "count", "cá thể",
        change=chg("increase", 5, "cá thể", "cùng kỳ năm 2023"),
        subject="cá thể gấu các hộ gia đình tự nguyện chuyển giao", period=NINE),
    fig("11 cá thể gấu ngựa", "11", 11, "count", "cá thể", total=14,
        subject="cá thể gấu ngựa", period=inh(NINE)),
    fig("3 cá thể gấu chó", "3", 3, "count", "cá thể", total=14,
        subject="cá thể gấu chó", period=inh(NINE)),
    fig("còn 23 cá thể", "23", 23, "count", "cá thể",
        change=chg("decrease", 62, "%", "năm 2015", approx="over"),
        subject="cá thể gấu nuôi còn lại", period=ASOF),
    fig("tại 9 hộ", "9", 9, "count", "hộ gia đình",
        subject="hộ gia đình nuôi gấu", period=ASOF),
    fig("là 61 cá thể", "61", 61, "count", "cá thể",
        subject="cá thể gấu nuôi", period=Y15),
    fig("gần ba chục hộ", "ba", 30, "count", "hộ", approx="nearly",
        subject="hộ nuôi gấu", period=Y15),
    fig("trên 15 tuổi", "15", 15, "measure", "tuổi", approx="over",
        subject="tuổi của các cá thể gấu còn lại"),
    fig("khoảng 12 ha", "12", 12, "measure", "ha", approx="about",
        subject="diện tích Trung tâm Cứu hộ gấu Đại Đình", location=TD),
    fig("chăm sóc 187 cá thể", "187", 187, "count", "cá thể",
        subject="cá thể gấu trung tâm chăm sóc", location=TD),
    fig("từ 8 đến 10 kg", "8", 8, "measure", "kg/ngày", value_max=10,
        subject="rau, củ, quả cho một cá thể gấu trưởng thành ăn mỗi ngày", location=TD),
    fig("khoảng 45 triệu", "45", 45e6, "money", "đồng/con/năm", approx="about",
        subject="chi phí chăm sóc bình quân", location=TD),
    fig("ít nhất 10 cá thể", "10", 10, "count", "cá thể", approx="at_least", status="target",
        subject="cá thể gấu còn lại vận động chuyển giao về trung tâm", period=Q4),
    fig("đưa 100%", "100", 100, "percent", "%", status="forecast",
        subject="số gấu nuôi trong dân đưa về cơ sở cứu hộ", period=TO26),
]

NOTES = [
    "Province portal (Vĩnh Phúc): bears handed over to a rescue centre, 9 months 2024; 'Cập nhật: 15/10/2024 09:30 | Lượt xem: 1.836'.",
    "Distractors: 09:30, Lượt xem 1.836, 'nhóm IB', Nghị định số 06/2019/NĐ-CP, 'Quốc lộ 2B', 'mùa khô 2024-2025', '5 năm' in a link title.",
    "Headline '9 tháng' (year-less) takes 2024 from the dateline. 'Trong đó' parts after a sentence break: total 14, period inherited.",
    "'giảm hơn 62% so với năm 2015' is the change of 23 (approx over inside the change); the bracket '(năm 2015 là 61 cá thể tại gần",
    "ba chục hộ)' gives two figures of 2015; 'ba chục' = 30 (number 'ba', multiplier 10). The ages 'trên 15 tuổi' are a measure.",
    "Centre passage in huyện Tam Đảo: location Tam Đảo; 'Mỗi ngày ... từ 8 đến 10 kg' is a daily ration (kg/ngày); 'một cá thể gấu",
    "trưởng thành' is the rate's denominator, not a figure. 'Quý IV ... phấn đấu' → target; 'dự kiến đến năm 2026 ... 100%' → forecast.",
]

if __name__ == "__main__":
    write("p1253-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Vĩnh Phúc")
