"""p483-5: Party newspaper (Báo Quảng Ngãi), rabies and dog/cat vaccination, 9 months 2023."""
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO QUẢNG NGÃI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NGÃI
Xã hội

Bệnh dại diễn biến phức tạp, tỷ lệ tiêm phòng cho chó, mèo chỉ đạt 39,3%

(Baoquangngai.vn)- 9 tháng năm 2023, toàn tỉnh có 3 người tử vong do bệnh dại, bằng cùng kỳ năm 2022; hơn 14.300 người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn, tăng 12,4% so với cùng kỳ.

Toàn tỉnh hiện có khoảng 182.000 con chó, mèo. Tuy nhiên, tính đến ngày 15/9/2023 mới tiêm phòng dại được 71.450 con, đạt 39,3% tổng đàn, thấp xa so với yêu cầu tối thiểu 70% tổng đàn để tạo miễn dịch quần thể. Tỷ lệ tiêm phòng thấp nhất ở các huyện miền núi: Sơn Tây (18,6%), Ba Tơ (21,2%), Minh Long (24,5%); cao nhất là TP Quảng Ngãi với 61,7%.

Theo ông Nguyễn Văn H., Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh, giá vắc xin dại hiện khoảng 45.000-50.000 đồng/liều, nhưng nhiều hộ vẫn thả rông chó, không tiêm phòng. Năm 2023, tỉnh bố trí 1,2 tỷ đồng hỗ trợ vắc xin dại cho 12 xã có nguy cơ cao, mỗi con chó được hỗ trợ 50% giá vắc xin.

Theo Kế hoạch số 87/KH-UBND, tỉnh phấn đấu đến cuối năm 2023 tỷ lệ tiêm phòng dại đạt ít nhất 50% tổng đàn chó, mèo; 100% xã, phường có ổ dịch cũ được tiêm phòng bao vây.

Chi cục đề nghị người dân khi bị chó, mèo cắn cần đến ngay Trung tâm Kiểm soát bệnh tật tỉnh (số 156 đường Hùng Vương, TP Quảng Ngãi) để được tư vấn, tiêm phòng.

THANH NHƯ
05/10/2023
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("tính đến ngày 15/9/2023", None, "2023-09-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
END = P("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("chỉ đạt 39,3%", "39,3", 39.3, "percent", "%", "tỷ lệ tiêm phòng cho chó, mèo", I(ASOF)),
    F("có 3 người tử vong", "3", 3, "count", "người", "người tử vong do bệnh dại", M9),
    F("hơn 14.300 người", "14.300", 14300, "count", "người",
      "người phải tiêm vắc xin phòng dại sau khi bị chó, mèo cắn", M9, approx="over",
      change=CH("increase", 12.4, "%", "cùng kỳ")),
    F("khoảng 182.000 con", "182.000", 182000, "count", "con", "chó, mèo", approx="about"),
    F("được 71.450 con", "71.450", 71450, "count", "con", "chó, mèo được tiêm phòng dại", ASOF, percent=39.3,
      target=TG(70, met=False)),
    F("Sơn Tây (18,6%)", "18,6", 18.6, "percent", "%", "tỷ lệ tiêm phòng dại", I(ASOF), location="Sơn Tây"),
    F("Ba Tơ (21,2%)", "21,2", 21.2, "percent", "%", "tỷ lệ tiêm phòng dại", I(ASOF), location="Ba Tơ"),
    F("Minh Long (24,5%)", "24,5", 24.5, "percent", "%", "tỷ lệ tiêm phòng dại", I(ASOF), location="Minh Long"),
    F("với 61,7%", "61,7", 61.7, "percent", "%", "tỷ lệ tiêm phòng dại", I(ASOF), location="TP Quảng Ngãi"),
    F("khoảng 45.000-50.000 đồng/liều", "45.000", 45000, "money", "đồng/liều", "giá vắc xin dại", value_max=50000,
      approx="about"),
    F("bố trí 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí tỉnh bố trí hỗ trợ vắc xin dại", Y23),
    F("cho 12 xã", "12", 12, "count", "xã", "xã có nguy cơ cao được hỗ trợ vắc xin dại", Y23),
    F("hỗ trợ 50% giá", "50", 50, "percent", "%", "mức hỗ trợ giá vắc xin dại cho mỗi con chó", Y23),
    F("ít nhất 50% tổng đàn", "50", 50, "percent", "%", "tỷ lệ tiêm phòng dại trên tổng đàn chó, mèo", END,
      approx="at_least", status="target"),
    F("100% xã, phường", "100", 100, "percent", "%", "xã, phường có ổ dịch cũ được tiêm phòng bao vây", END,
      status="target"),
]

COMMENTS = [
    "Báo Quảng Ngãi (Party paper): bệnh dại, tiêm phòng dại cho chó, mèo, 9 tháng năm 2023. Byline and bare date 05/10/2023 at the end.",
    "The paper's tag '(Baoquangngai.vn)' implies the province: location Quảng Ngãi; districts in the list and 'TP Quảng Ngãi' are items' locations.",
    "Headline 39,3% is a percent figure; in the body the same 39,3% is the share of 71.450 con (percent attribute),",
    "and 'yêu cầu tối thiểu 70% tổng đàn' is its target (not met). 'bằng cùng kỳ năm 2022' carries no number.",
    "'khoảng 45.000-50.000 đồng/liều' is one range figure. 'hiện có' sentences get no period.",
    "Not figures: Kế hoạch số 87/KH-UBND, 'số 156 đường Hùng Vương', dates, 'Nguyễn Văn H.'.",
]

if __name__ == "__main__":
    emit("p483-5", TEXT, COMMENTS, FIGS, published="2023-10-05", default_location="Quảng Ngãi")
