"""p1341-8: radio/TV site (Đài PT-TH Kiên Giang, KGTV): dugongs and seagrass in the Phú Quốc marine protected area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KIÊN GIANG
Thời sự | Kinh tế | Xã hội | Video | Nghe đài

Phú Quốc: Nỗ lực bảo vệ bò biển và thảm cỏ biển

Thứ Hai, 03/06/2024 - 17:45

Video: 03:25 | Nghe đọc bài

(KGTV) - Bò biển là loài thú biển quý hiếm thuộc nhóm IB; vùng biển Phú Quốc là nơi duy nhất ở Việt Nam còn ghi nhận quần thể bò biển sinh sống thường xuyên.

Theo Ban Quản lý Khu bảo tồn biển Phú Quốc, số lượng bò biển hiện chỉ còn khoảng 10-15 cá thể, giảm mạnh so với hơn 100 cá thể năm 1995. Từ năm 2015 đến nay, tại Phú Quốc đã ghi nhận 23 cá thể bò biển chết, phần lớn do vướng lưới và va chạm tàu thuyền. Diện tích thảm cỏ biển quanh đảo cũng giảm từ khoảng 10.000 ha năm 2004 xuống còn gần 7.000 ha hiện nay.

Khu bảo tồn biển Phú Quốc có diện tích 18.700 ha, chia thành 3 phân khu chức năng. Năm 2023, Ban Quản lý tổ chức 215 chuyến tuần tra, thu gom hơn 3,5 tấn lưới ma (lưới bị bỏ lại trên biển) và thả 12 phao khoanh vùng bảo vệ các bãi cỏ biển. Trong quý I/2024, lực lượng chức năng phát hiện 17 vụ sử dụng ngư cụ cấm trong vùng lõi, tăng 6 vụ so với cùng kỳ, xử phạt 245 triệu đồng.

Ông Trần Văn Lộc, Phó Trưởng Ban Quản lý cho biết: "Mỗi năm, đơn vị cần khoảng 2,5 tỷ đồng cho tuần tra, nhưng ngân sách cấp chỉ đáp ứng được 60%". Thời gian tới, đơn vị dự kiến trồng phục hồi 2 ha cỏ biển tại bãi Rạch Vẹm và mở rộng vùng cấm khai thác thêm khoảng 500 ha.

Thanh Tâm - Minh Khôi (KGTV)

Tin liên quan:
- Kiên Giang tổng kết Tháng hành động vì môi trường năm 2023
"""

SINCE = per("Từ năm 2015 đến nay", "2015-01-01", "2024-06-03")
Y95 = per("năm 1995", "1995-01-01", "1995-12-31")
Y04 = per("năm 2004", "2004-01-01", "2004-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    fig("khoảng 10-15 cá thể", "10", 10, "count", "cá thể", value_max=15, approx="about", subject="số lượng bò biển"),
    fig("hơn 100 cá thể", "100", 100, "count", "cá thể", approx="over", subject="số lượng bò biển", period=Y95),
    fig("ghi nhận 23 cá thể", "23", 23, "count", "cá thể", subject="bò biển chết", period=SINCE),
    fig("khoảng 10.000 ha", "10.000", 10000, "measure", "ha", approx="about",
        subject="diện tích thảm cỏ biển quanh đảo", period=Y04),
    fig("gần 7.000 ha", "7.000", 7000, "measure", "ha", approx="nearly", subject="diện tích thảm cỏ biển quanh đảo"),
    fig("diện tích 18.700 ha", "18.700", 18700, "measure", "ha", subject="diện tích Khu bảo tồn biển Phú Quốc"),
    fig("thành 3 phân khu", "3", 3, "count", "phân khu", subject="phân khu chức năng"),
    fig("tổ chức 215 chuyến", "215", 215, "count", "chuyến", subject="chuyến tuần tra", period=Y23),
    fig("hơn 3,5 tấn", "3,5", 3.5, "measure", "tấn", approx="over", subject="lưới ma thu gom", period=Y23),
    fig("thả 12 phao", "12", 12, "count", "phao", subject="phao khoanh vùng bảo vệ các bãi cỏ biển", period=Y23),
    fig("phát hiện 17 vụ", "17", 17, "count", "vụ", change=chg("increase", 6, "vụ", "cùng kỳ"),
        subject="vụ sử dụng ngư cụ cấm trong vùng lõi", period=Q1),
    fig("xử phạt 245 triệu", "245", 245e6, "money", "đồng", subject="tiền xử phạt", period=Q1),
    fig("khoảng 2,5 tỷ", "2,5", 2.5e9, "money", "đồng/năm", approx="about", subject="kinh phí cần cho tuần tra"),
    fig("được 60%", "60", 60, "percent", "%", subject="ngân sách cấp đáp ứng nhu cầu kinh phí tuần tra"),
    fig("phục hồi 2 ha", "2", 2, "measure", "ha", status="forecast", subject="cỏ biển trồng phục hồi"),
    fig("thêm khoảng 500 ha", "500", 500, "measure", "ha", approx="about", status="forecast",
        subject="vùng cấm khai thác mở rộng thêm"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Kiên Giang): menu, 'Thứ Hai, 03/06/2024 - 17:45', 'Video: 03:25 | Nghe đọc bài', tag '(KGTV) -',",
    "byline with the station, related link. Distractors: dateline, '03:25' (video length), 'nhóm IB', 'năm 2023' in a link.",
    "Everything is located in Phú Quốc (a city of Kiên Giang); the province is named only in the station's name and a link.",
    "'giảm mạnh so với hơn 100 cá thể năm 1995': the old population is a figure of its own with its own year (no change value).",
    "'giảm từ khoảng 10.000 ha năm 2004 xuống còn gần 7.000 ha hiện nay': two figures, not a range; 'hiện' gives no period.",
    "'chia thành 3 phân khu' after the area: no cue, no total. 'Từ năm 2015 đến nay' ends at the dateline.",
    "'tăng 6 vụ so với cùng kỳ' is the change of 17 vụ. 'Mỗi năm ... khoảng 2,5 tỷ đồng' is a yearly rate (đồng/năm);",
    "'chỉ đáp ứng được 60%' is a separate clause with its own subject (the budget granted): a percent figure, not an attribute.",
    "'dự kiến' governs both coordinated clauses (forecast); 'Thời gian tới' gives no period.",
]

if __name__ == "__main__":
    write("p1341-8", TEXT, NOTES, FIGS, published="2024-06-03", location="Phú Quốc")
