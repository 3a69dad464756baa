"""p906-5: Báo Hà Tĩnh style - kindergarten meal fees rise with food prices, TP Hà Tĩnh, 10/2023."""
from lib import F, P, I, CH, write

TEXT = """Tiền ăn bán trú mầm non tăng theo giá thực phẩm

Từ đầu năm học 2023-2024, nhiều trường mầm non trên địa bàn TP Hà Tĩnh đã điều chỉnh mức thu tiền ăn bán trú từ 22.000 đồng lên 25.000 đồng/trẻ/ngày, tăng khoảng 13,6%. Phụ huynh phần lớn đồng tình vì giá thực phẩm tăng mạnh.

Bà Trần Thị Hà, Hiệu trưởng Trường Mầm non Hoa Hồng (số 12 đường Hà Huy Tập), cho biết so với cùng kỳ năm trước, giá thịt lợn nạc tăng từ 110.000 lên 125.000 đồng/kg, rau xanh tăng 15-20%. Trường hiện có 420 trẻ ăn bán trú, mỗi ngày bếp nấu 2 bữa (1 bữa chính, 1 bữa phụ). Với 5 nhân viên nuôi dưỡng, bình quân mỗi người phụ trách 84 trẻ, cao hơn định mức khoảng 20%. Mỗi bữa trưa, một trẻ được định lượng 50-60 g thịt, cá.

Toàn thành phố hiện có 24 trường mầm non (18 công lập, 6 tư thục) với hơn 9.600 trẻ ăn bán trú. Theo Phòng GD&ĐT thành phố, năm học 2022-2023 mức thu tiền ăn bình quân là 21.500 đồng/trẻ/ngày; năm học này dự kiến bình quân 24.800 đồng, cao hơn 15,3%. Để giữ chất lượng bữa ăn, nhiều trường ký hợp đồng dài hạn với các hợp tác xã rau an toàn ở xã Thạch Hạ, Thạch Trung; riêng Trường Mầm non Hoa Hồng mỗi tháng mua khoảng 1,2 tấn rau, củ.

Cùng với tăng giá, công tác an toàn thực phẩm được siết chặt. Từ đầu năm 2023 đến nay, Trung tâm Y tế thành phố đã lấy 136 mẫu thực phẩm tại bếp ăn trường học để xét nghiệm nhanh, 100% mẫu đạt yêu cầu. Thành phố đặt mục tiêu đến năm 2025 có ít nhất 20 trường mầm non xây dựng thực đơn cân đối dinh dưỡng trên phần mềm, chiếm trên 80% số trường.

THIÊN VY
18/10/2023
"""

NH23 = P("năm học này", "2023-09-01", "2024-05-31")

FIGS = [
    F("từ 22.000 đồng", "22.000", 22000, "money", "đồng/trẻ/ngày", "mức thu tiền ăn bán trú trước khi điều chỉnh"),
    F("lên 25.000 đồng/trẻ/ngày", "25.000", 25000, "money", "đồng/trẻ/ngày", "mức thu tiền ăn bán trú",
      change=CH("increase", 13.6, "%", approx="about")),
    F("từ 110.000", "110.000", 110000, "money", "đồng/kg", "giá thịt lợn nạc cùng kỳ năm trước"),
    F("lên 125.000 đồng/kg", "125.000", 125000, "money", "đồng/kg", "giá thịt lợn nạc"),
    F("tăng 15-20%", "15", 15, "percent", "%", "giá rau xanh so với cùng kỳ năm trước", value_max=20),
    F("có 420 trẻ", "420", 420, "count", "trẻ", "trẻ ăn bán trú tại Trường Mầm non Hoa Hồng"),
    F("nấu 2 bữa", "2", 2, "measure", "bữa/ngày", "bữa bếp nấu mỗi ngày"),
    F("(1 bữa chính", "1", 1, "measure", "bữa/ngày", "bữa chính", total=2),
    F("1 bữa phụ)", "1", 1, "measure", "bữa/ngày", "bữa phụ", total=2),
    F("Với 5 nhân viên", "5", 5, "count", "nhân viên", "nhân viên nuôi dưỡng của trường"),
    F("phụ trách 84 trẻ", "84", 84, "measure", "trẻ/người", "số trẻ mỗi nhân viên nuôi dưỡng phụ trách",
      change=CH("increase", 20, "%", "định mức", approx="about")),
    F("50-60 g", "50", 50, "measure", "g", "định lượng thịt, cá cho một trẻ mỗi bữa trưa", value_max=60),
    F("có 24 trường", "24", 24, "count", "trường mầm non", "trường mầm non toàn thành phố"),
    F("(18 công lập", "18", 18, "count", "trường", "trường mầm non công lập", total=24),
    F("6 tư thục)", "6", 6, "count", "trường", "trường mầm non tư thục", total=24),
    F("hơn 9.600 trẻ", "9.600", 9600, "count", "trẻ", "trẻ ăn bán trú", approx="over"),
    F("là 21.500 đồng", "21.500", 21500, "money", "đồng/trẻ/ngày", "mức thu tiền ăn bình quân",
      P("năm học 2022-2023", "2022-09-01", "2023-05-31")),
    F("bình quân 24.800 đồng", "24.800", 24800, "money", "đồng/trẻ/ngày", "mức thu tiền ăn bình quân", NH23,
      change=CH("increase", 15.3, "%", "năm học 2022-2023"), status="forecast"),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn/tháng", "rau, củ Trường Mầm non Hoa Hồng mua mỗi tháng", approx="about"),
    F("lấy 136 mẫu", "136", 136, "count", "mẫu", "mẫu thực phẩm tại bếp ăn trường học lấy xét nghiệm nhanh",
      P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-10-18")),
    F("100% mẫu", "100", 100, "percent", "%", "mẫu đạt yêu cầu",
      P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-10-18")),
    F("ít nhất 20 trường", "20", 20, "count", "trường mầm non",
      "trường mầm non xây dựng thực đơn cân đối dinh dưỡng trên phần mềm", P("đến năm 2025", None, "2025-12-31"),
      approx="at_least", percent=80, status="target"),
]

NOTES = [
    "Báo Hà Tĩnh style feature, byline THIÊN VY and bare date 18/10/2023 at the end: kindergarten meal fees in TP Hà Tĩnh.",
    "'từ 22.000 đồng lên 25.000 đồng/trẻ/ngày, tăng khoảng 13,6%': old and new level both figures, the change goes to the new level.",
    "'mỗi người phụ trách 84 trẻ, cao hơn định mức khoảng 20%' -> change of 84 against the norm. '(1 bữa chính, 1 bữa phụ)' add up to 2 bữa.",
    "'chiếm trên 80% số trường' is the share of the target count 20 (percent attribute; its approx is not kept).",
    "'mỗi ngày bếp nấu 2 bữa' is a per-day rate (measure, bữa/ngày), and so are its bracketed parts.",
    "revised after the first run: the parts '1 bữa chính', '1 bữa phụ' were count/bữa, inconsistent with their whole 2 bữa/ngày (measure).",
    "Figures with 'hiện' or no time phrase get no period. Location: TP Hà Tĩnh -> 'Hà Tĩnh'.",
    "Distractors: số 12 đường Hà Huy Tập, bare date, names; 'Từ đầu năm học 2023-2024' is a start only (no period given).",
]

if __name__ == "__main__":
    write("p906-5", TEXT, FIGS, NOTES, published="2023-10-18", location="Hà Tĩnh")
