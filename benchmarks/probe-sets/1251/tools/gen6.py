"""p1251-6: national newspaper: black-faced spoonbills and waterbirds at Vườn quốc gia Xuân Thủy (Giao Thủy, Nam Định)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ hai, 13/1/2025, 15:40 (GMT+7)

Hơn 110 cò thìa về Vườn quốc gia Xuân Thủy

Đợt điều tra giữa tháng 12/2024 ghi nhận 112 cá thể cò thìa tại Vườn quốc gia Xuân Thủy, chiếm khoảng 1,7% quần thể toàn cầu, tăng 27 cá thể so với cùng kỳ năm 2023.

Theo Ban quản lý Vườn quốc gia Xuân Thủy (huyện Giao Thủy, tỉnh Nam Định), quần thể cò thìa trên thế giới hiện ước tính hơn 6.600 cá thể. Từ tháng 10/2024 đến nay, khu vực bãi bồi cửa sông Hồng đón khoảng 30.000-35.000 cá thể chim nước thuộc 60 loài, trong đó 9 loài có tên trong Sách đỏ thế giới.

"Bãi triều ở đây rộng hàng nghìn ha, nhiều tôm cá nên chim dừng chân rất đông", ông Trần Văn Hưng, Phó giám đốc Vườn, nói.

Vườn có tổng diện tích 15.100 ha, trong đó vùng lõi 7.100 ha; năm 1989 trở thành khu Ramsar đầu tiên của Đông Nam Á. Năm 2024, Vườn đón hơn 32.000 lượt khách, tăng 15% so với năm trước, trong đó khoảng 40% là khách đến xem chim. Tour ngắm chim bằng thuyền có giá từ 250.000 đến 400.000 đồng/người.

Vườn hiện duy trì 6 trạm kiểm lâm với 28 cán bộ tuần tra. Năm 2024, lực lượng này tháo gỡ 1.250 m lưới bẫy chim, giảm 42% so với năm 2023. Giai đoạn 2025-2030, Vườn dự kiến đầu tư khoảng 45 tỷ đồng xây dựng trung tâm cứu hộ chim và 3 tháp quan sát.

Thanh Tùng
"""

M12 = per("giữa tháng 12/2024", "2024-12-01", "2024-12-31")
SINCE = per("Từ tháng 10/2024 đến nay", "2024-10-01", "2025-01-13")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
G = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    fig("Hơn 110 cò thìa", "110", 110, "count", "cò thìa", approx="over",
        subject="cò thìa về Vườn quốc gia Xuân Thủy"),
    fig("ghi nhận 112 cá thể", "112", 112, "count", "cá thể", percent=1.7,
        change=chg("increase", 27, "cá thể", "cùng kỳ năm 2023"),
        subject="cá thể cò thìa tại Vườn quốc gia Xuân Thủy", period=M12),
    fig("hơn 6.600 cá thể", "6.600", 6600, "count", "cá thể", approx="over", status="estimate",
        subject="quần thể cò thìa trên thế giới", location=""),
    fig("khoảng 30.000-35.000", "30.000", 30000, "count", "cá thể", value_max=35000, approx="about",
        subject="cá thể chim nước khu vực bãi bồi cửa sông Hồng đón", period=SINCE),
    fig("thuộc 60 loài", "60", 60, "count", "loài", subject="loài chim nước", period=SINCE),
    fig("9 loài có tên", "9", 9, "count", "loài", total=60, subject="loài có tên trong Sách đỏ thế giới",
        period=SINCE),
    fig("hàng nghìn ha", "hàng nghìn", 1000, "measure", "ha", approx="about", subject="diện tích bãi triều",
        optional=True),
    fig("diện tích 15.100 ha", "15.100", 15100, "measure", "ha", subject="tổng diện tích Vườn"),
    fig("lõi 7.100 ha", "7.100", 7100, "measure", "ha", total=15100, subject="vùng lõi"),
    fig("hơn 32.000 lượt", "32.000", 32000, "count", "lượt khách", approx="over",
        change=chg("increase", 15, "%", "năm trước"), subject="lượt khách Vườn đón", period=Y24),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="khách đến xem chim", period=Y24),
    fig("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/người", value_max=400000,
        subject="giá tour ngắm chim bằng thuyền"),
    fig("duy trì 6 trạm", "6", 6, "count", "trạm kiểm lâm", subject="trạm kiểm lâm Vườn duy trì"),
    fig("28 cán bộ", "28", 28, "count", "cán bộ", subject="cán bộ tuần tra"),
    fig("1.250 m", "1.250", 1250, "measure", "m", change=chg("decrease", 42, "%", "năm 2023"),
        subject="lưới bẫy chim tháo gỡ", period=Y24),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", status="forecast",
        subject="vốn đầu tư xây dựng trung tâm cứu hộ chim và tháp quan sát", period=G),
    fig("và 3 tháp", "3", 3, "count", "tháp quan sát", status="forecast", subject="tháp quan sát xây dựng",
        period=G),
]

NOTES = [
    "National newspaper: 'Thứ hai, 13/1/2025, 15:40 (GMT+7)', headline figure, lead, quote, byline at the end.",
    "Distractors: 15:40, 'GMT+7', 'năm 1989' (a date), 'đầu tiên' (ordinal word), 'Sách đỏ'.",
    "Location Giao Thủy (the park, named with its district). The world population of spoonbills 'hơn 6.600 cá thể' describes no place",
    "in Vietnam: location null (written as an empty string), status estimate ('ước tính').",
    "'112 cá thể ..., chiếm khoảng 1,7% quần thể toàn cầu, tăng 27 cá thể so với cùng kỳ năm 2023' → percent 1,7 and change +27 cá thể.",
    "'Từ tháng 10/2024 đến nay' ends at the dateline 2025-01-13. 'trong đó 9 loài' → total 60.",
    "'trong đó khoảng 40% là khách đến xem chim' → a percent figure of its own. 'tăng 15% so với năm trước' → change of 32.000.",
    "Optional: 'hàng nghìn ha' in a quote (a vague magnitude; value 1000, approx about, by §2 'hàng chục nghìn' — approx kind unsettled).",
    "'Vườn hiện duy trì 6 trạm ... 28 cán bộ' stands in its own sentence: no period. 'Giai đoạn 2025-2030 ... dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1251-6", TEXT, NOTES, FIGS, published="2025-01-13", location="Giao Thủy")
