from lib import F, P, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức - Sự kiện | Thủy sản

Cả nước sản xuất khoảng 118,6 tỷ con tôm nước lợ giống trong 9 tháng năm 2024
Thứ Hai, 14/10/2024 | 15:42

Tại hội nghị sơ kết công tác quản lý giống thủy sản tổ chức ở Cà Mau ngày 11/10, Cục Thủy sản cho biết, tính đến ngày 30/9/2024, cả nước có 2.187 cơ sở sản xuất tôm nước lợ giống, trong đó 1.562 cơ sở đã được cấp giấy chứng nhận đủ điều kiện (chiếm 71,4%).

9 tháng năm 2024, các cơ sở đã sản xuất khoảng 118,6 tỷ con tôm giống, tăng 6,2% so với cùng kỳ năm 2023, gồm 95,4 tỷ con tôm thẻ chân trắng và 23,2 tỷ con tôm sú. Các địa phương dẫn đầu về sản lượng giống là Ninh Thuận (khoảng 38,5 tỷ con), Bạc Liêu (21,3 tỷ con), Cà Mau (14,7 tỷ con) và Bình Thuận (12,1 tỷ con). Ninh Thuận tiếp tục là địa phương sản xuất tôm giống lớn nhất, chiếm khoảng 32,5% sản lượng cả nước.

Về tôm bố mẹ, 9 tháng qua cả nước nhập khẩu 168.400 con tôm thẻ chân trắng bố mẹ, giảm 4,8% so với cùng kỳ; các cơ sở trong nước cung cấp gần 52.000 cặp tôm sú bố mẹ gia hóa.

Công tác kiểm dịch được siết chặt theo Luật Thủy sản 2017 và Thông tư số 26/2016/TT-BNNPTNT: các Chi cục đã kiểm dịch 96,2 tỷ con giống, đạt 81,1% tổng sản lượng; 12 lô tôm bố mẹ nhập khẩu (tương đương 9.600 con) bị phát hiện nhiễm bệnh và buộc tiêu hủy.

Theo Quyết định số 1664/QĐ-TTg, mục tiêu đến năm 2030 là đáp ứng đủ 100% nhu cầu tôm sú bố mẹ gia hóa và 70% nhu cầu tôm thẻ chân trắng bố mẹ chất lượng cao sản xuất trong nước.

Phó Cục trưởng Cục Thủy sản đề nghị các địa phương tăng cường hậu kiểm, xử lý nghiêm cơ sở kinh doanh giống không rõ nguồn gốc.

Lê Bình
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q = P("9 tháng qua", "2024-01-01", "2024-09-30")
QI = P("9 tháng qua", "2024-01-01", "2024-09-30", inh=True)
D = P("tính đến ngày 30/9/2024", None, "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 118,6 tỷ con tôm nước lợ", "118,6", 118.6e9, "count", "con", "tôm nước lợ giống sản xuất", approx="about", period=N9),
    F("có 2.187 cơ sở", "2.187", 2187, "count", "cơ sở", "cơ sở sản xuất tôm nước lợ giống", period=D),
    F("trong đó 1.562 cơ sở", "1.562", 1562, "count", "cơ sở", "cơ sở đã được cấp giấy chứng nhận đủ điều kiện", total=2187, percent=71.4, period=D),
    F("xuất khoảng 118,6 tỷ con tôm giống", "118,6", 118.6e9, "count", "con", "tôm giống sản xuất", approx="about",
      change={"direction": "increase", "value": 6.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=N9),
    F("gồm 95,4 tỷ con", "95,4", 95.4e9, "count", "con", "tôm thẻ chân trắng giống", total=118.6e9, period=N9),
    F("và 23,2 tỷ con", "23,2", 23.2e9, "count", "con", "tôm sú giống", total=118.6e9, period=N9),
    F("Ninh Thuận (khoảng 38,5 tỷ con)", "38,5", 38.5e9, "count", "con", "sản lượng tôm giống", approx="about", location="Ninh Thuận", period=N9I),
    F("Bạc Liêu (21,3 tỷ con)", "21,3", 21.3e9, "count", "con", "sản lượng tôm giống", location="Bạc Liêu", period=N9I),
    F("Cà Mau (14,7 tỷ con)", "14,7", 14.7e9, "count", "con", "sản lượng tôm giống", location="Cà Mau", period=N9I),
    F("Bình Thuận (12,1 tỷ con)", "12,1", 12.1e9, "count", "con", "sản lượng tôm giống", location="Bình Thuận", period=N9I),
    F("chiếm khoảng 32,5%", "32,5", 32.5, "percent", "%", "tỷ trọng sản lượng tôm giống trong sản lượng cả nước", approx="about",
      location="Ninh Thuận", period=N9I),
    F("nhập khẩu 168.400 con", "168.400", 168400, "count", "con", "tôm thẻ chân trắng bố mẹ nhập khẩu",
      change={"direction": "decrease", "value": 4.8, "unit": "%", "baseline": "cùng kỳ"}, period=Q),
    F("gần 52.000 cặp", "52.000", 52000, "count", "cặp", "tôm sú bố mẹ gia hóa do các cơ sở trong nước cung cấp", approx="nearly", period=Q),
    F("kiểm dịch 96,2 tỷ con", "96,2", 96.2e9, "count", "con", "con giống được kiểm dịch", percent=81.1, period=QI),
    F("12 lô tôm", "12", 12, "count", "lô", "lô tôm bố mẹ nhập khẩu nhiễm bệnh bị tiêu hủy", period=QI),
    F("tương đương 9.600 con", "9.600", 9600, "count", "con", "tôm bố mẹ nhập khẩu nhiễm bệnh bị tiêu hủy", period=QI),
    F("đủ 100% nhu cầu", "100", 100, "percent", "%", "nhu cầu tôm sú bố mẹ gia hóa được đáp ứng", status="target", period=T30),
    F("và 70% nhu cầu", "70", 70, "percent", "%", "nhu cầu tôm thẻ chân trắng bố mẹ chất lượng cao sản xuất trong nước được đáp ứng", status="target", period=T30),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national brackish-water shrimp seed, 9 months of 2024. Weekday dateline with '| hh:mm'.",
    "Distractors: conference venue 'ở Cà Mau ngày 11/10' (not the figures' place), Luật Thủy sản 2017, Thông tư số 26/2016/TT-BNNPTNT, Quyết định số 1664/QĐ-TTg.",
    "Default location Việt Nam; province list items take the province as location; 'Ninh Thuận … chiếm khoảng 32,5%' is Ninh Thuận's share (percent figure).",
    "1.562 cơ sở: part after 'trong đó' (total 2.187) with '(chiếm 71,4%)' as percent. 95,4/23,2 tỷ after 'gồm' are parts of 118,6 tỷ.",
    "'12 lô … (tương đương 9.600 con)': an equivalent quantity, not a share — a figure of its own (as 'tương đương 1,488 triệu hồ sơ' in h01).",
    "Targets 'đến năm 2030' (start null). The quarantine sentence inherits '9 tháng qua' from the paragraph before (not scored).",
]

if __name__ == "__main__":
    build(3, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
