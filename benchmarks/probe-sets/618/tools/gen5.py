"""p618-5: Party newspaper (Báo Thanh Hóa) — rabies: deaths, post-exposure shots, dog and cat vaccination, 2025 target."""
from lib import F, P, INH, CH, TG, emit

TEXT = """BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Xã hội › Y tế

Thanh Hóa: Quyết liệt phòng, chống bệnh dại trên đàn chó, mèo

Từ đầu năm đến ngày 15/5, trên địa bàn tỉnh Thanh Hóa đã ghi nhận 3 trường hợp tử vong do bệnh dại tại các huyện Thường Xuân, Như Xuân và Cẩm Thủy. Số người bị chó, mèo cắn phải đi tiêm vắc xin phòng dại là 9.862 người, tăng 12,4% so với cùng kỳ năm 2023; tỷ lệ người phải tiêm phòng dại là 26,7 người/vạn dân.

Hiện toàn tỉnh có khoảng 612.000 con chó và gần 185.000 con mèo. Trong đợt tiêm phòng tập trung tháng 3 và tháng 4/2024, các địa phương đã tiêm được 297.400 con chó, mèo, đạt 37,3% tổng đàn, thấp xa so với yêu cầu tối thiểu 70%. Một số huyện có tỷ lệ tiêm phòng khá như Thọ Xuân (68,5%), Hoằng Hóa (61,2%); trong khi nhiều huyện miền núi như Mường Lát, Quan Sơn chỉ đạt dưới 20%.

Nguyên nhân chủ yếu là người dân còn chủ quan, nhiều hộ thả rông chó; giá vắc xin dại 25.000 - 30.000 đồng/liều cũng là rào cản với hộ nghèo.

Năm 2024, tỉnh bố trí 4,6 tỷ đồng để mua 350.000 liều vắc xin dại, hỗ trợ 100% kinh phí vắc xin cho các huyện miền núi và 50% cho các huyện đồng bằng.

Theo Kế hoạch số 102/KH-UBND thực hiện Chương trình quốc gia phòng, chống bệnh dại giai đoạn 2022-2030, tỉnh phấn đấu đến năm 2025 có ít nhất 85% số huyện đạt tỷ lệ tiêm phòng dại cho chó, mèo từ 70% tổng đàn trở lên, không để xảy ra trường hợp người tử vong do bệnh dại.

Người bị chó, mèo cắn cần đến ngay Trung tâm Kiểm soát bệnh tật tỉnh (số 474 Hải Thượng Lãn Ông, TP Thanh Hóa) hoặc trạm y tế gần nhất để được tư vấn, tiêm phòng.

Lê Hợi
20/5/2024
"""

YTD = P("Từ đầu năm đến ngày 15/5", "2024-01-01", "2024-05-15")
ROUND = P("tháng 3 và tháng 4/2024", "2024-03-01", "2024-04-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp tử vong do bệnh dại", YTD),
    F("là 9.862 người", "9.862", 9862, "count", "người", "người bị chó, mèo cắn phải đi tiêm vắc xin phòng dại",
      INH(YTD), change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("26,7 người/vạn dân", "26,7", 26.7, "measure", "người/vạn dân", "tỷ lệ người phải tiêm phòng dại", INH(YTD)),
    F("khoảng 612.000 con", "612.000", 612000, "count", "con chó", "đàn chó", approx="about"),
    F("gần 185.000 con", "185.000", 185000, "count", "con mèo", "đàn mèo", approx="nearly"),
    F("được 297.400 con", "297.400", 297400, "count", "con chó, mèo", "chó, mèo được tiêm phòng dại", ROUND,
      percent=37.3, target=TG(70, "%", False)),
    F("(68,5%)", "68,5", 68.5, "percent", "%", "tỷ lệ tiêm phòng", INH(ROUND), location="Thọ Xuân"),
    F("(61,2%)", "61,2", 61.2, "percent", "%", "tỷ lệ tiêm phòng", INH(ROUND), location="Hoằng Hóa"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ tiêm phòng của nhiều huyện miền núi", INH(ROUND),
      approx="under", optional=True),
    F("25.000 - 30.000", "25.000", 25000, "money", "đồng/liều", "giá vắc xin dại", value_max=30000),
    F("bố trí 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "kinh phí tỉnh bố trí mua vắc xin dại", Y24),
    F("mua 350.000 liều", "350.000", 350000, "count", "liều vắc xin", "liều vắc xin dại mua", Y24),
    F("hỗ trợ 100%", "100", 100, "percent", "%", "hỗ trợ kinh phí vắc xin cho các huyện miền núi", Y24),
    F("và 50%", "50", 50, "percent", "%", "hỗ trợ kinh phí vắc xin cho các huyện đồng bằng", Y24),
    F("ít nhất 85%", "85", 85, "percent", "%",
      "số huyện đạt tỷ lệ tiêm phòng dại cho chó, mèo từ 70% tổng đàn trở lên",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("từ 70% tổng đàn", "70", 70, "percent", "%", "tỷ lệ tiêm phòng dại cho chó, mèo", approx="at_least",
      status="target", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Thanh Hóa), byline 'Lê Hợi' and bare date '20/5/2024' at the end: rabies prevention in Thanh Hóa.",
    "'Từ đầu năm đến ngày 15/5' takes the year of the dateline (2024). 'tháng 3 và tháng 4/2024' is the campaign period (Mar–Apr).",
    "297.400: 'đạt 37,3% tổng đàn' is its percent; 'yêu cầu tối thiểu 70%' is its target (met false), not a figure.",
    "District list 'Thọ Xuân (68,5%), Hoằng Hóa (61,2%)' → district locations. 'dưới 20%' for a group of districts: optional.",
    "'25.000 - 30.000 đồng/liều' is a money range. 'hỗ trợ 100% … và 50%' are two percent figures (year in the sentence).",
    "The 2025 target 'ít nhất 85% số huyện' is the figure; '70% tổng đàn trở lên' is its qualifying threshold (optional).",
    "Distractors: Kế hoạch số 102/KH-UBND, 'giai đoạn 2022-2030', dates, 'số 474 Hải Thượng Lãn Ông', the byline date.",
]

if __name__ == "__main__":
    emit("p618-5", TEXT, COMMENTS, FIGS, published="2024-05-20", location="Thanh Hóa")
