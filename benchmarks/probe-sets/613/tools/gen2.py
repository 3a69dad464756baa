import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC
Trang chủ › Tin tức - Sự kiện › Kinh tế
Thứ Năm, 11/04/2024 - 15:20

Quý I/2024: Hơn 21.000 lượt phương tiện xuất nhập khẩu qua cửa khẩu Hữu Nghị

Quý I/2024, hoạt động xuất nhập khẩu qua các cửa khẩu trên địa bàn huyện diễn ra sôi động. Theo Chi cục Hải quan cửa khẩu quốc tế Hữu Nghị, trong quý có 21.346 lượt phương tiện chở hàng xuất nhập khẩu qua cửa khẩu, tăng 38% so với cùng kỳ năm 2023; bình quân khoảng 237 lượt xe/ngày.

Tổng kim ngạch xuất nhập khẩu qua địa bàn đạt 1,12 tỷ USD, trong đó xuất khẩu 486,5 triệu USD, nhập khẩu 633,5 triệu USD. Mặt hàng xuất khẩu chủ lực là nông sản, trái cây với gần 95 nghìn tấn, gồm sầu riêng (khoảng 41.000 tấn), thanh long, mít, chuối.

Số thu ngân sách của Chi cục đạt 612,8 tỷ đồng, đạt 24,5% chỉ tiêu năm (2.500 tỷ đồng), giảm 3,2% so với cùng kỳ do hàng nhập khẩu chủ yếu là nguyên liệu, linh kiện được hưởng thuế suất ưu đãi. Đơn vị đã tiếp nhận 18.752 tờ khai; thời gian thông quan một tờ khai luồng xanh chỉ từ 3 đến 5 phút. Hiện 100% doanh nghiệp làm thủ tục tại cửa khẩu đã sử dụng chữ ký số.

Trong quý, lực lượng chức năng của huyện phối hợp với hải quan phát hiện 23 vụ vận chuyển hàng cấm, hàng nhập lậu, thu giữ 1.450 bao thuốc lá điếu và 2,3 tấn nội tạng động vật không rõ nguồn gốc trên tuyến Quốc lộ 1A và khu vực mốc 1119-1120.

Dự kiến trong quý II, lượng xe hàng xuất khẩu qua cửa khẩu sẽ tăng khoảng 15% do vào chính vụ vải thiều và sầu riêng.

Hoàng Lan (Văn phòng HĐND và UBND huyện)
Địa chỉ: Số 1 đường Bờ Sông, thị trấn Cao Lộc. Điện thoại: 0205.3861.204
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
TQ = per("trong quý", "2024-01-01", "2024-03-31")
Q2 = per("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    fig("Hơn 21.000 lượt", "21.000", 21000, "count", "lượt phương tiện", "lượt phương tiện xuất nhập khẩu qua cửa khẩu Hữu Nghị", Q1,
        approx="over"),
    fig("có 21.346 lượt", "21.346", 21346, "count", "lượt phương tiện", "lượt phương tiện chở hàng xuất nhập khẩu qua cửa khẩu", TQ,
        change=chg("increase", 38, baseline="cùng kỳ năm 2023")),
    fig("khoảng 237 lượt xe/ngày", "237", 237, "measure", "lượt xe/ngày", "phương tiện chở hàng xuất nhập khẩu qua cửa khẩu bình quân", TQ,
        approx="about"),
    fig("đạt 1,12 tỷ USD", "1,12", 1.12e9, "money", "USD", "tổng kim ngạch xuất nhập khẩu qua địa bàn", inh(Q1)),
    fig("xuất khẩu 486,5 triệu USD", "486,5", 486.5e6, "money", "USD", "kim ngạch xuất khẩu", inh(Q1), total=1.12e9),
    fig("nhập khẩu 633,5 triệu USD", "633,5", 633.5e6, "money", "USD", "kim ngạch nhập khẩu", inh(Q1), total=1.12e9),
    fig("gần 95 nghìn tấn", "95", 95000, "measure", "tấn", "nông sản, trái cây xuất khẩu", inh(Q1), approx="nearly"),
    fig("(khoảng 41.000 tấn)", "41.000", 41000, "measure", "tấn", "sầu riêng xuất khẩu", inh(Q1), approx="about", total=95000),
    fig("đạt 612,8 tỷ đồng", "612,8", 612.8e9, "money", "đồng", "số thu ngân sách của Chi cục", inh(Q1),
        percent=24.5, change=chg("decrease", 3.2, baseline="cùng kỳ"), target={"value": 2.5e12, "unit": "đồng"}),
    fig("tiếp nhận 18.752 tờ khai", "18.752", 18752, "count", "tờ khai", "tờ khai tiếp nhận", inh(Q1)),
    fig("từ 3 đến 5 phút", "3", 3, "measure", "phút", "thời gian thông quan một tờ khai luồng xanh", inh(Q1), value_max=5),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", "doanh nghiệp làm thủ tục tại cửa khẩu sử dụng chữ ký số"),
    fig("phát hiện 23 vụ", "23", 23, "count", "vụ", "vụ vận chuyển hàng cấm, hàng nhập lậu phát hiện", per("Trong quý", "2024-01-01", "2024-03-31")),
    fig("1.450 bao", "1.450", 1450, "count", "bao", "thuốc lá điếu thu giữ", per("Trong quý", "2024-01-01", "2024-03-31")),
    fig("2,3 tấn", "2,3", 2.3, "measure", "tấn", "nội tạng động vật không rõ nguồn gốc thu giữ", per("Trong quý", "2024-01-01", "2024-03-31")),
    fig("khoảng 15%", "15", 15, "percent", "%", "lượng xe hàng xuất khẩu qua cửa khẩu tăng", Q2, approx="about", status="forecast"),
]

COMMENTS = [
    "District portal (huyện Cao Lộc, Lạng Sơn): Hữu Nghị border gate Q1/2024 — vehicles, turnover, fruit exports, revenue vs plan, declarations, clearance time, seizures, Q2 forecast.",
    "District portal: location is the district (Cao Lộc) for every figure, the Chi cục's revenue included (the gate lies in the district).",
    "Distractors: dateline 'Thứ Năm, 11/04/2024 - 15:20', Quốc lộ 1A, mốc 1119-1120, address Số 1, phone, byline.",
    "'trong quý' / 'Trong quý' refer to quý I/2024 and are scored. 'gồm sầu riêng (khoảng 41.000 tấn)' is a part of 'gần 95 nghìn tấn' (gồm cue).",
    "'đạt 24,5% chỉ tiêu năm (2.500 tỷ đồng)' gives percent 24,5 and target 2.500 tỷ. 'Hiện 100% ...' has no period.",
    "'sẽ tăng khoảng 15%' is a growth rate as the claim (percent, no change), status forecast (Dự kiến).",
]

if __name__ == "__main__":
    emit("p613-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Cao Lộc")
