"""p1377-6: national newspaper (VnExpress-like): shoe factories in TP HCM hire after Tết; Lefaso's national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 7/3/2024, 14:05 (GMT+7)

Doanh nghiệp giày tuyển hàng nghìn công nhân sau Tết

Đơn hàng quý II tăng 20-30% so với cùng kỳ, nhiều nhà máy giày dép ở TP HCM phải tuyển thêm người, tăng ca.

Công ty TNHH Giày Hưng Phát ở quận Bình Tân cho biết đã nhận đơn hàng đến hết tháng 8, sản lượng quý II dự kiến đạt 5,6 triệu đôi, tăng 25% so với quý I. Từ sau Tết Nguyên đán, công ty tuyển được 1.850 công nhân nhưng vẫn thiếu khoảng 600 người.

"Chúng tôi trả lương khởi điểm 5,5 triệu đồng, cộng phụ cấp và tăng ca thì công nhân nhận 8-10 triệu đồng mỗi tháng", bà Lê Thị Hồng Vân, Giám đốc nhân sự, nói. Công ty còn thưởng 1 triệu đồng cho mỗi công nhân giới thiệu được người mới.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), 2 tháng đầu năm, xuất khẩu giày dép cả nước đạt 3,8 tỷ USD, tăng 11,7% so với cùng kỳ năm 2023. Năm ngoái, ngành mất khoảng 100.000 việc làm do đơn hàng giảm, nhưng đến nay khoảng 70% số lao động này đã quay lại nhà máy.

Ông Phan Minh Đức, Phó chủ tịch Lefaso, dự báo xuất khẩu giày dép năm nay có thể đạt 22-23 tỷ USD, tăng khoảng 7%. Theo ông, doanh nghiệp cần ít nhất ba tháng để đào tạo một công nhân may mũ giày lành nghề.

Tại TP HCM, hiện có khoảng 500 doanh nghiệp da giày với gần 180.000 lao động, tập trung ở quận Bình Tân, Tân Bình, quận 12 và huyện Hóc Môn. Trung tâm Dịch vụ việc làm thành phố cho biết nhu cầu tuyển lao động ngành da giày quý I chiếm 14,5% tổng nhu cầu, đứng thứ ba sau dệt may và điện tử.

Lê Tuyết
"""

Q2 = per("quý II", "2024-04-01", "2024-06-30")
M2 = per("2 tháng đầu năm", "2024-01-01", "2024-02-29")
Y23 = per("Năm ngoái", "2023-01-01", "2023-12-31")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
Q1 = per("quý I", "2024-01-01", "2024-03-31")
BT = "Bình Tân"
VN = "Việt Nam"

FIGS = [
    fig("hàng nghìn công nhân", "nghìn", 1000, "count", "công nhân", approx="about",
        subject="công nhân doanh nghiệp giày tuyển sau Tết"),
    fig("tăng 20-30%", "20", 20, "percent", "%", value_max=30, period=Q2,
        subject="đơn hàng"),
    fig("đạt 5,6 triệu", "5,6", 5.6e6, "count", "đôi", status="forecast", period=Q2,
        change=chg("increase", 25, "%", "quý I"),
        subject="sản lượng của Công ty TNHH Giày Hưng Phát", location=BT),
    fig("được 1.850 công nhân", "1.850", 1850, "count", "công nhân",
        subject="công nhân công ty tuyển được", location=BT),
    fig("khoảng 600 người", "600", 600, "count", "người", approx="about",
        subject="công nhân công ty vẫn thiếu", location=BT),
    fig("khởi điểm 5,5 triệu", "5,5", 5.5e6, "money", "đồng",
        subject="lương khởi điểm", location=BT),
    fig("nhận 8-10 triệu", "8", 8e6, "money", "đồng/tháng", value_max=10e6,
        subject="công nhân nhận cộng phụ cấp và tăng ca", location=BT),
    fig("thưởng 1 triệu", "1", 1e6, "money", "đồng",
        subject="thưởng cho công nhân giới thiệu được người mới", location=BT),
    fig("đạt 3,8 tỷ", "3,8", 3.8e9, "money", "USD", change=chg("increase", 11.7, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu giày dép cả nước", period=M2, location=VN),
    fig("khoảng 100.000 việc làm", "100.000", 100000, "count", "việc làm", approx="about", period=Y23,
        subject="việc làm ngành giày dép mất", location=VN),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", period=per("đến nay", None, "2024-03-07"),
        subject="số lao động đã quay lại nhà máy", location=VN),
    fig("đạt 22-23 tỷ", "22", 22e9, "money", "USD", value_max=23e9, status="forecast", period=Y24,
        change=chg("increase", 7, "%", approx="about"),
        subject="xuất khẩu giày dép", location=VN),
    fig("ít nhất ba tháng", "ba", 3, "measure", "tháng", approx="at_least",
        subject="đào tạo một công nhân may mũ giày lành nghề", location=VN),
    fig("khoảng 500 doanh nghiệp", "500", 500, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp da giày"),
    fig("gần 180.000 lao động", "180.000", 180000, "count", "lao động", approx="nearly",
        subject="lao động doanh nghiệp da giày"),
    fig("chiếm 14,5%", "14,5", 14.5, "percent", "%", period=Q1,
        subject="nhu cầu tuyển lao động ngành da giày trong tổng nhu cầu"),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", period=Q1,
        subject="nhu cầu tuyển lao động ngành da giày"),
]

NOTES = [
    "revised after the first run: three subjects that used words not in their sentence now use the sentence's words (600: 'lao động ... còn thiếu' → 'công nhân ... vẫn thiếu'; 8-10 triệu: 'thu nhập ...' → 'công nhân nhận cộng phụ cấp và tăng ca'; ba tháng: 'thời gian' dropped).",
    "revised after the first run: pairs of shoes ('đôi') are counted items → kind count (was measure); rates in đôi/tháng, đôi/năm, đôi/ngày stay measure.",
    "National newspaper (VnExpress-like): section path, 'Thứ năm, 7/3/2024, 14:05 (GMT+7)' (published), headline, sapo, quote, byline.",
    "Default location TP Hồ Chí Minh; the company 'ở quận Bình Tân' → Bình Tân for its passage (incl. the quote); Lefaso's national",
    "figures → Việt Nam ('cả nước', 'ngành'); 'ít nhất ba tháng' (Lefaso's vice-chair on the trade) → Việt Nam.",
    "Distractors: 14:05, '(GMT+7)', 'hết tháng 8' (a date limit), 'Tết Nguyên đán', 'quận 12', 'một công nhân' (one worker in a rate",
    "phrase, not a count: left out), 'sau dệt may và điện tử'.",
    "Headline 'hàng nghìn công nhân' → count 1000, approx about (spec: 'hàng chục nghìn' is an approximate number word).",
    "Sapo 'Đơn hàng quý II tăng 20-30% so với cùng kỳ' is a growth rate as the claim: percent range, no change; quý II → 2024 (published).",
    "'sản lượng quý II dự kiến đạt 5,6 triệu đôi, tăng 25% so với quý I' → forecast with change. '2 tháng đầu năm' → 2024 (published",
    "and baseline 'cùng kỳ năm 2023'). 'Năm ngoái' → 2023. 'năm nay' → 2024. 'ít nhất ba tháng' is a duration stated as a fact",
    "(training time), not a period locator: measure in tháng.",
    "'đến nay khoảng 70% số lao động này' (as-of the dateline) has no base amount in its clause → percent figure. 'chiếm 14,5% tổng nhu cầu' follows no amount",
    "(the demand is not counted) → percent figure; 'đứng thứ ba' → rank, same sentence, quý I.",
]

if __name__ == "__main__":
    write("p1377-6", TEXT, NOTES, FIGS, published="2024-03-07", location="TP Hồ Chí Minh")
