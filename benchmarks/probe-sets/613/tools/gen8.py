import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """BÁO HẢI QUAN ĐIỆN TỬ
Hải quan › Tin địa phương
02/10/2023 07:40

Hải quan Đà Nẵng: Số thu quý III tăng 15,3%

(HQ Online) - 9 tháng năm 2023, Cục Hải quan TP. Đà Nẵng thu ngân sách đạt 1.386,2 tỷ đồng, bằng 69,3% chỉ tiêu được giao. Riêng quý III, số thu đạt 512,7 tỷ đồng, tăng 15,3% so với quý II.

Tính đến ngày 30/9/2023, Cục đã làm thủ tục cho 68.410 tờ khai của 2.146 doanh nghiệp, bình quân khoảng 250 tờ khai/ngày. Tỷ lệ doanh nghiệp thực hiện thủ tục qua Cổng thông tin một cửa quốc gia đạt gần 98%; lệ phí hải quan vẫn ở mức 20.000 đồng/tờ khai.

Công tác kiểm tra sau thông quan được đẩy mạnh với 46 cuộc kiểm tra, ấn định thuế và xử phạt hơn 27,4 tỷ đồng, tăng 1,5 lần so với cùng kỳ năm 2022.

Từ đầu năm đến nay, lực lượng kiểm soát hải quan đã phát hiện 38 vụ vi phạm, khởi tố hai vụ án; thu giữ hơn 9 kg ma túy tổng hợp tại sân bay quốc tế Đà Nẵng. Thời gian thông quan trung bình hàng nhập khẩu qua cảng Tiên Sa giảm từ 3,1 giờ xuống còn 2,4 giờ.

Quý IV, đơn vị phấn đấu thu đạt 620 tỷ đồng; dự kiến cả năm 2023 số thu đạt khoảng 2.006 tỷ đồng, tương đương 100,3% chỉ tiêu.

Theo Quyết định số 1921/QĐ-TCHQ, Chi cục Hải quan KCN Hòa Khánh - Liên Chiểu tiếp tục thí điểm thủ tục không giấy tờ.

Cục Hải quan TP. Đà Nẵng - Số 250 Bạch Đằng, quận Hải Châu. ĐT: 0236.3830.255
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = per("quý III", "2023-07-01", "2023-09-30")
ASOF = per("Tính đến ngày 30/9/2023", None, "2023-09-30")
YTD = per("Từ đầu năm đến nay", "2023-01-01", "2023-10-02")

FIGS = [
    fig("quý III tăng 15,3%", "15,3", 15.3, "percent", "%", "số thu quý III", Q3),
    fig("đạt 1.386,2 tỷ đồng", "1.386,2", 1386.2e9, "money", "đồng", "thu ngân sách", M9, percent=69.3),
    fig("đạt 512,7 tỷ đồng", "512,7", 512.7e9, "money", "đồng", "số thu quý III", Q3 | {"text": "quý III"},
        change=chg("increase", 15.3, baseline="quý II")),
    fig("cho 68.410 tờ khai", "68.410", 68410, "count", "tờ khai", "tờ khai làm thủ tục", ASOF),
    fig("của 2.146 doanh nghiệp", "2.146", 2146, "count", "doanh nghiệp", "doanh nghiệp làm thủ tục", ASOF),
    fig("khoảng 250 tờ khai/ngày", "250", 250, "measure", "tờ khai/ngày", "tờ khai làm thủ tục bình quân", ASOF, approx="about"),
    fig("đạt gần 98%", "98", 98, "percent", "%", "tỷ lệ doanh nghiệp thực hiện thủ tục qua Cổng thông tin một cửa quốc gia", inh(ASOF),
        approx="nearly"),
    fig("mức 20.000 đồng/tờ khai", "20.000", 20000, "money", "đồng/tờ khai", "lệ phí hải quan"),
    fig("với 46 cuộc", "46", 46, "count", "cuộc kiểm tra", "cuộc kiểm tra sau thông quan", inh(M9)),
    fig("hơn 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng", "ấn định thuế và xử phạt", inh(M9), approx="over",
        change=chg("increase", 1.5, "lần", baseline="cùng kỳ năm 2022")),
    fig("phát hiện 38 vụ", "38", 38, "count", "vụ", "vụ vi phạm phát hiện", YTD),
    fig("khởi tố hai vụ án", "hai", 2, "count", "vụ án", "vụ án khởi tố", YTD),
    fig("hơn 9 kg", "9", 9, "measure", "kg", "ma túy tổng hợp thu giữ", YTD, approx="over"),
    fig("từ 3,1 giờ", "3,1", 3.1, "measure", "giờ", "thời gian thông quan trung bình hàng nhập khẩu qua cảng Tiên Sa",
        optional=True),
    fig("còn 2,4 giờ", "2,4", 2.4, "measure", "giờ", "thời gian thông quan trung bình hàng nhập khẩu qua cảng Tiên Sa",
        ),
    fig("đạt 620 tỷ đồng", "620", 620e9, "money", "đồng", "thu quý IV", per("Quý IV", "2023-10-01", "2023-12-31"),
        status="target"),
    fig("khoảng 2.006 tỷ đồng", "2.006", 2006e9, "money", "đồng", "số thu cả năm 2023", per("cả năm 2023", "2023-01-01", "2023-12-31"),
        approx="about", percent=100.3, status="forecast"),
]

COMMENTS = [
    "revised after the first run: subjects trimmed to the words of the figure's own sentence (FIGURES.md 'as the sentence names it'); see REPORT.md.",
    "Customs-sector newspaper (Báo Hải quan, 'HQ Online'), dateline '02/10/2023 07:40': Đà Nẵng customs 9 months 2023 — revenue vs plan, Q3,",
    "declarations, rate per day, one-stop share, fee per declaration, post-clearance audit, seizures, clearance time, Q4 target and forecast.",
    "Headline 'Số thu quý III tăng 15,3%' is a growth rate as the claim (percent, no change); in the body the same rate is the change of 512,7 tỷ.",
    "'Tính đến ngày 30/9/2023' as-of; 'Từ đầu năm đến nay' ends at the dateline. 'tăng 1,5 lần so với cùng kỳ năm 2022' = change in lần.",
    "'giảm từ 3,1 giờ xuống còn 2,4 giờ': the figure is the new value 2,4 giờ; no change amount is stated (0,7 would be derived), so no change;",
    "the old value 3,1 giờ is optional. 'tương đương 100,3% chỉ tiêu' = percent of the forecast.",
    "Distractors: (HQ Online), Quyết định số 1921/QĐ-TCHQ, KCN Hòa Khánh - Liên Chiểu, Số 250 Bạch Đằng, phone.",
]

if __name__ == "__main__":
    emit("p613-8", TEXT, COMMENTS, FIGS, published="2023-10-02", location="Đà Nẵng")
