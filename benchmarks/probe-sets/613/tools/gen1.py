import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Trang chủ > Tin tức > Kinh tế > Xuất nhập khẩu
Cập nhật: 08/07/2024 10:25
Lượt xem: 3.482

Hải quan Quảng Ninh thu ngân sách 6 tháng đạt hơn 4.700 tỷ đồng

Theo Cục Hải quan tỉnh Quảng Ninh, 6 tháng đầu năm 2024, đơn vị đã tiếp nhận, xử lý 41.236 tờ khai xuất nhập khẩu, tăng 9,4% so với cùng kỳ năm 2023, với 1.318 doanh nghiệp tham gia làm thủ tục. Tổng kim ngạch hàng hóa xuất nhập khẩu làm thủ tục qua địa bàn đạt 4,36 tỷ USD, tăng 12,7% so với cùng kỳ; trong đó xuất khẩu đạt 2,05 tỷ USD, nhập khẩu đạt 2,31 tỷ USD. Hàng hóa chủ yếu làm thủ tục qua Cửa khẩu quốc tế Bắc Luân II, lối mở Km3+4 (TP. Móng Cái) và cảng Cái Lân.

Số thu ngân sách nhà nước qua Cục đạt 4.718,6 tỷ đồng, bằng 52,4% dự toán Bộ Tài chính giao (9.000 tỷ đồng), tăng 6,1% so với cùng kỳ. Trong đó, thuế giá trị gia tăng hàng nhập khẩu chiếm khoảng 68% tổng thu; thuế nhập khẩu đạt 1.102 tỷ đồng.

Về phân luồng, tờ khai luồng xanh chiếm 61,2%, luồng vàng 33,5% và luồng đỏ 5,3%. Thời gian thông quan trung bình đối với hàng nhập khẩu luồng vàng là 95 phút, luồng đỏ khoảng 2,5 giờ, giảm 20 phút so với năm 2023. Tính đến ngày 30/6/2024, 100% thủ tục hải quan được thực hiện trên Hệ thống VNACCS/VCIS; 1.286 doanh nghiệp đã nộp thuế điện tử 24/7, chiếm 97,6% số doanh nghiệp làm thủ tục.

Trong 6 tháng, lực lượng hải quan đã phát hiện, bắt giữ 157 vụ vi phạm, khởi tố 6 vụ án hình sự; trị giá hàng vi phạm ước 23,5 tỷ đồng. Thu nộp ngân sách từ xử lý vi phạm hơn 9,2 tỷ đồng.

Những tháng cuối năm, Cục Hải quan Quảng Ninh phấn đấu thu ngân sách cả năm đạt 10.000 tỷ đồng, vượt 11,1% dự toán.

Đường dây nóng: 0203.3826.358 - Địa chỉ: Số 2 đường Hạ Long, phường Bạch Đằng, TP. Hạ Long.
"""

H1 = per("6 tháng", "2024-01-01", "2024-06-30")
P = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y = per("cả năm", "2024-01-01", "2024-12-31", inherited=True)

FIGS = [
    fig("đạt hơn 4.700 tỷ đồng", "4.700", 4.7e12, "money", "đồng", "thu ngân sách của Hải quan Quảng Ninh", H1, approx="over"),
    fig("xử lý 41.236 tờ khai", "41.236", 41236, "count", "tờ khai", "tờ khai xuất nhập khẩu tiếp nhận, xử lý", P,
        change=chg("increase", 9.4, baseline="cùng kỳ năm 2023")),
    fig("với 1.318 doanh nghiệp", "1.318", 1318, "count", "doanh nghiệp", "doanh nghiệp tham gia làm thủ tục", P),
    fig("đạt 4,36 tỷ USD", "4,36", 4.36e9, "money", "USD", "tổng kim ngạch hàng hóa xuất nhập khẩu làm thủ tục qua địa bàn", inh(P),
        change=chg("increase", 12.7, baseline="cùng kỳ")),
    fig("xuất khẩu đạt 2,05 tỷ USD", "2,05", 2.05e9, "money", "USD", "kim ngạch xuất khẩu", inh(P), total=4.36e9),
    fig("nhập khẩu đạt 2,31 tỷ USD", "2,31", 2.31e9, "money", "USD", "kim ngạch nhập khẩu", inh(P), total=4.36e9),
    fig("Cục đạt 4.718,6 tỷ đồng", "4.718,6", 4718.6e9, "money", "đồng", "số thu ngân sách nhà nước qua Cục", inh(P),
        percent=52.4, change=chg("increase", 6.1, baseline="cùng kỳ"), target={"value": 9e12, "unit": "đồng"}),
    fig("chiếm khoảng 68%", "68", 68, "percent", "%", "thuế giá trị gia tăng hàng nhập khẩu trong tổng thu", inh(P), approx="about"),
    fig("thuế nhập khẩu đạt 1.102 tỷ đồng", "1.102", 1102e9, "money", "đồng", "thuế nhập khẩu", inh(P), total=4718.6e9),
    fig("luồng xanh chiếm 61,2%", "61,2", 61.2, "percent", "%", "tờ khai luồng xanh", inh(P)),
    fig("luồng vàng 33,5%", "33,5", 33.5, "percent", "%", "tờ khai luồng vàng", inh(P)),
    fig("luồng đỏ 5,3%", "5,3", 5.3, "percent", "%", "tờ khai luồng đỏ", inh(P)),
    fig("là 95 phút", "95", 95, "measure", "phút", "thời gian thông quan trung bình hàng nhập khẩu luồng vàng", inh(P)),
    fig("khoảng 2,5 giờ", "2,5", 2.5, "measure", "giờ", "thời gian thông quan trung bình hàng nhập khẩu luồng đỏ", inh(P),
        approx="about", change=chg("decrease", 20, "phút", baseline="năm 2023")),
    fig("100% thủ tục", "100", 100, "percent", "%", "thủ tục hải quan được thực hiện trên Hệ thống VNACCS/VCIS", ASOF),
    fig("1.286 doanh nghiệp", "1.286", 1286, "count", "doanh nghiệp", "doanh nghiệp nộp thuế điện tử 24/7", ASOF, percent=97.6),
    fig("bắt giữ 157 vụ", "157", 157, "count", "vụ", "vụ vi phạm phát hiện, bắt giữ", H1.copy() | {"text": "Trong 6 tháng"}),
    fig("khởi tố 6 vụ", "6", 6, "count", "vụ án", "vụ án hình sự khởi tố", H1.copy() | {"text": "Trong 6 tháng"}),
    fig("ước 23,5 tỷ đồng", "23,5", 23.5e9, "money", "đồng", "trị giá hàng vi phạm", H1.copy() | {"text": "Trong 6 tháng"},
        status="estimate"),
    fig("hơn 9,2 tỷ đồng", "9,2", 9.2e9, "money", "đồng", "thu nộp ngân sách từ xử lý vi phạm", inh(H1), approx="over"),
    fig("đạt 10.000 tỷ đồng", "10.000", 10e12, "money", "đồng", "thu ngân sách cả năm", Y,
        change=chg("increase", 11.1, baseline="dự toán"), status="target"),
]

COMMENTS = [
    "revised after the first run: subjects trimmed to the words of the figure's own sentence (FIGURES.md 'as the sentence names it'); see REPORT.md.",
    "Province portal (Quảng Ninh): customs results 6 months 2024 — declarations, turnover, revenue vs plan, lanes, clearance time, e-customs, smuggling, target.",
    "Distractors: Lượt xem 3.482, Cập nhật date/time, Bắc Luân II, lối mở Km3+4, 'nộp thuế điện tử 24/7', VNACCS/VCIS, hotline, address Số 2.",
    "Headline '6 tháng' takes the year of the Cập nhật line (scored). '(9.000 tỷ đồng)' after 'bằng 52,4% dự toán' is the plan: target attribute (cf. h17).",
    "'Trong đó ... thuế nhập khẩu đạt 1.102 tỷ' is a part of 4.718,6 tỷ; the 68% share is its own percent figure.",
    "'vượt 11,1% dự toán' on the full-year target is a change against the plan (FIGURES.md result against plan).",
]

if __name__ == "__main__":
    emit("p613-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Ninh")
