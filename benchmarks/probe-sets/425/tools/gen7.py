from lib import F, P, write

TEXT = """Giáo dục › Học đường
Thứ tư, 5/3/2025, 07:30 (GMT+7)

Bữa ăn học đường giúp trẻ vùng cao Kon Tum cao thêm, khỏe hơn

Sau hơn 3 năm triển khai chương trình sữa học đường và bữa trưa bán trú, tỷ lệ trẻ suy dinh dưỡng thể thấp còi ở huyện Tu Mơ Rông đã giảm từ 34,6% (năm 2021) xuống còn 27,9% (năm 2024).

Theo Sở Giáo dục và Đào tạo Kon Tum, năm 2024 toàn tỉnh có 24.850 trẻ mầm non và học sinh tiểu học ở các xã đặc biệt khó khăn được uống sữa miễn phí, mỗi trẻ 5 lần/tuần, mỗi lần một hộp 180 ml. Tổng kinh phí thực hiện gần 61,5 tỷ đồng, trong đó ngân sách tỉnh 30,2 tỷ đồng, phần còn lại do doanh nghiệp tài trợ và phụ huynh đóng góp. Chương trình được thực hiện theo Quyết định số 1340/QĐ-TTg của Thủ tướng Chính phủ.

Bên cạnh sữa, tỉnh duy trì bữa trưa bán trú cho 41.300 học sinh với mức chi từ 15.000 đến 20.000 đồng/suất. Kết quả cân đo tháng 12/2024 cho thấy chiều cao trung bình của trẻ 5 tuổi tham gia chương trình cao hơn 2,3 cm so với trẻ cùng độ tuổi không tham gia; cân nặng trung bình nhỉnh hơn khoảng 0,6 kg.

Năm 2023, Kon Tum đứng thứ 4 trong số các tỉnh có tỷ lệ trẻ thấp còi cao nhất cả nước. "Ở Kon Plông, nhiều em trước đây chỉ ăn cơm với muối, nay mỗi tuần có 3 bữa thịt, cá", thầy A Thiên, Hiệu trưởng Trường PTDTBT Tiểu học Măng Bút 2, chia sẻ. Toàn trường hiện có 312 học sinh, 100% là người dân tộc thiểu số.

Tỉnh phấn đấu đến năm 2030 có 100% trẻ mầm non và học sinh tiểu học vùng đồng bào dân tộc thiểu số được uống sữa học đường, đồng thời giảm tỷ lệ thấp còi toàn tỉnh xuống dưới 20%.

Ngọc Oanh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
T30 = P("đến năm 2030", None, "2030-12-31")
NOW = P("hiện", None, "2025-03-05", inherited=True)
TC = "tỷ lệ trẻ suy dinh dưỡng thể thấp còi"

FIGS = [
    F("hơn 3 năm", "3", 3, "measure", "năm", approx="over", optional=True),
    F("34,6%", "34,6", 34.6, "percent", "%", TC, location="Tu Mơ Rông", period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("27,9%", "27,9", 27.9, "percent", "%", TC, location="Tu Mơ Rông", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 24.850 trẻ", "24.850", 24850, "count", "trẻ", "trẻ mầm non và học sinh tiểu học ở các xã đặc biệt khó khăn được uống sữa miễn phí",
      period=Y24),
    F("5 lần/tuần", "5", 5, "measure", "lần/tuần", optional=True),
    F("hộp 180 ml", "180", 180, "measure", "ml", optional=True),
    F("gần 61,5 tỷ đồng", "61,5", 61500000000, "money", "đồng", "Tổng kinh phí thực hiện", approx="nearly", period=Y24i),
    F("tỉnh 30,2 tỷ đồng", "30,2", 30200000000, "money", "đồng", "ngân sách tỉnh", total=61500000000, period=Y24i),
    F("cho 41.300 học sinh", "41.300", 41300, "count", "học sinh", "học sinh được duy trì bữa trưa bán trú", period=Y24i),
    F("từ 15.000 đến 20.000", "15.000", 15000, "money", "đồng/suất", "mức chi bữa trưa bán trú", value_max=20000, period=Y24i),
    F("trẻ 5 tuổi", "5", 5, "measure", "tuổi", optional=True),
    F("cao hơn 2,3 cm", "2,3", 2.3, "measure", "cm",
      "chiều cao trung bình của trẻ 5 tuổi tham gia chương trình",
      period=P("tháng 12/2024", "2024-12-01", "2024-12-31")),
    F("khoảng 0,6 kg", "0,6", 0.6, "measure", "kg", "cân nặng trung bình của trẻ tham gia chương trình",
      approx="about", period=P("tháng 12/2024", "2024-12-01", "2024-12-31")),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "tỷ lệ trẻ thấp còi cao nhất cả nước", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 3 bữa thịt", "3", 3, "count", "bữa", "bữa thịt, cá mỗi tuần", location="Kon Plông", optional=True),
    F("có 312 học sinh", "312", 312, "count", "học sinh", "học sinh toàn trường", location="Kon Plông",
      period=NOW),
    F("100% là người", "100", 100, "percent", "%", "học sinh là người dân tộc thiểu số", location="Kon Plông",
      period=NOW),
    F("có 100% trẻ", "100", 100, "percent", "%", "trẻ mầm non và học sinh tiểu học vùng đồng bào dân tộc thiểu số được uống sữa học đường",
      status="target", period=T30),
    F("xuống dưới 20%", "20", 20, "percent", "%", "tỷ lệ thấp còi toàn tỉnh", approx="under", status="target", period=T30),
]

HEADER = """
National press (education section), "Thứ tư, d/m/yyyy, hh:mm (GMT+7)" dateline, byline at the end. School milk and lunch programmes, Kon Tum.
"giảm từ 34,6% (năm 2021) xuống còn 27,9% (năm 2024)": two level figures, each with its own bracketed year; no change (the text states no amount of change).
"gần 61,5 tỷ đồng, trong đó ngân sách tỉnh 30,2 tỷ đồng" → total. "từ 15.000 đến 20.000 đồng/suất" → money range, unit đồng/suất.
"cao hơn 2,3 cm so với trẻ … không tham gia" and "nhỉnh hơn khoảng 0,6 kg": differences that are themselves the claim (measure figures, no base amount).
"đứng thứ 4 trong số các tỉnh …" → rank. A school in Kon Plông (the quote names the district): 312 học sinh and 100% take location Kon Plông; "3 bữa thịt, cá"
per week in a quote is optional.
(revised: the two difference subjects lost their baseline "so với trẻ … không tham gia", which is not part of the indicator; the 312 subject is
"học sinh toàn trường" as its sentence names it, not the school's name from the previous sentence.)
"Toàn trường hiện có 312 học sinh": "hiện" = now (the dateline), not the paragraph's "Năm 2023"; marked inherited (not scored) since the spec has no rule for it. Targets "đến năm 2030": 100% and dưới 20%.
Optional: "hơn 3 năm" (duration), "5 lần/tuần", "180 ml" (programme specification), ages. Distractors: "(GMT+7)", Quyết định số 1340/QĐ-TTg,
the school name "Măng Bút 2", dateline.
"""

write(7, TEXT, FIGS, HEADER, published="2025-03-05", location="Kon Tum")
