"""p1562-7: news agency (TTXVN): Lạng Sơn market surveillance seizes smuggled fishing tackle."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Lạng Sơn: Thu giữ hơn 12.000 bộ đồ câu cá nhập lậu

Lạng Sơn, 27/11/2024 (TTXVN) - Ngày 27/11, Đội Quản lý thị trường số 3 (Cục Quản lý thị trường tỉnh Lạng Sơn) phối hợp với Công an huyện Cao Lộc kiểm tra xe ô tô tải biển kiểm soát 12C-085.47 lưu thông trên Quốc lộ 4A đoạn qua xã Gia Cát, huyện Cao Lộc, phát hiện 12.460 bộ cần câu, máy câu và 3,2 tấn dây cước, lưỡi câu do Trung Quốc sản xuất không có hóa đơn, chứng từ chứng minh nguồn gốc. Tổng trị giá hàng hóa ước tính khoảng 1,35 tỷ đồng. Lực lượng chức năng đã tạm giữ toàn bộ số hàng để xử lý theo Nghị định số 98/2020/NĐ-CP.

Theo Cục Quản lý thị trường tỉnh Lạng Sơn, từ đầu năm đến nay, lực lượng quản lý thị trường trên địa bàn tỉnh đã kiểm tra 47 vụ việc liên quan đến đồ câu cá và phụ kiện câu cá, xử lý 41 vụ vi phạm, thu nộp ngân sách hơn 860 triệu đồng; tang vật tịch thu gồm gần 38.000 sản phẩm các loại, trị giá trên 2,4 tỷ đồng. So với cùng kỳ năm 2023, số vụ vi phạm tăng 28%.

Đại diện Cục Quản lý thị trường cho biết, đồ câu cá nhập lậu chủ yếu là cần câu carbon giả nhãn hiệu của Nhật Bản, được rao bán trên mạng xã hội với giá chỉ bằng 20-30% hàng chính hãng. Mỗi bộ cần, máy nhập lậu có giá bán lẻ từ 350.000 đến 900.000 đồng.

Thời gian tới, Cục tiếp tục phối hợp với Bộ đội Biên phòng tỉnh tăng cường kiểm soát tại 5 cửa khẩu và các đường mòn, lối mở trên tuyến biên giới dài hơn 231 km.
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-27")
D27 = per("Ngày 27/11", "2024-11-27", "2024-11-27")
CL = "Cao Lộc"

FIGS = [
    fig("hơn 12.000 bộ", "12.000", 12000, "count", "bộ", approx="over",
        subject="đồ câu cá nhập lậu bị thu giữ", location="Lạng Sơn"),
    fig("phát hiện 12.460 bộ", "12.460", 12460, "count", "bộ",
        subject="cần câu, máy câu không có hóa đơn, chứng từ", period=D27, location=CL),
    fig("và 3,2 tấn", "3,2", 3.2, "measure", "tấn",
        subject="dây cước, lưỡi câu không có hóa đơn, chứng từ", period=D27, location=CL),
    fig("khoảng 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá hàng hóa", period=inh(D27), location=CL),
    fig("kiểm tra 47 vụ", "47", 47, "count", "vụ việc",
        subject="vụ việc liên quan đến đồ câu cá và phụ kiện câu cá được kiểm tra", period=YTD),
    fig("xử lý 41 vụ", "41", 41, "count", "vụ", subject="vụ vi phạm được xử lý", period=YTD),
    fig("hơn 860 triệu", "860", 860e6, "money", "đồng", approx="over",
        subject="thu nộp ngân sách", period=YTD),
    fig("gần 38.000 sản phẩm", "38.000", 38000, "count", "sản phẩm", approx="nearly",
        subject="tang vật tịch thu", period=YTD),
    fig("trên 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="over",
        subject="trị giá tang vật tịch thu", period=YTD),
    fig("tăng 28%", "28", 28, "percent", "%", subject="số vụ vi phạm", period=inh(YTD)),
    fig("bằng 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="giá đồ câu cá nhập lậu so với hàng chính hãng"),
    fig("từ 350.000 đến 900.000", "350.000", 350000, "money", "đồng/bộ", value_max=900000,
        subject="giá bán lẻ bộ cần, máy nhập lậu"),
    fig("tại 5 cửa khẩu", "5", 5, "count", "cửa khẩu", subject="cửa khẩu tăng cường kiểm soát"),
    fig("dài hơn 231 km", "231", 231, "measure", "km", approx="over", subject="chiều dài tuyến biên giới"),
]

NOTES = [
    "News agency (TTXVN): 'Lạng Sơn, 27/11/2024 (TTXVN) -' gives published; headline without a period.",
    "Distractors: 'Đội Quản lý thị trường số 3', plate '12C-085.47', 'Quốc lộ 4A', 'Ngày 27/11', 'Nghị định số 98/2020/NĐ-CP',",
    "'năm 2023' (baseline), 'Mỗi bộ' (denominator).",
    "The seizure on Quốc lộ 4A through xã Gia Cát, huyện Cao Lộc → location Cao Lộc for its three figures; the headline and the",
    "province-wide figures → Lạng Sơn (default). 'do Trung Quốc sản xuất', 'của Nhật Bản' are origins, not places.",
    "'Ngày 27/11' (year from the dateline) is the day of the seizure: period 2024-11-27 for 12.460 bộ and 3,2 tấn (same sentence).",
    "'Tổng trị giá hàng hóa ước tính khoảng 1,35 tỷ đồng' → estimate + about; its own sentence has no period.",
    "'41 vụ vi phạm' after 'kiểm tra 47 vụ việc': no part-of cue, so no total. 'tang vật tịch thu gồm gần 38.000 sản phẩm': 'gồm' follows",
    "no whole of the same thing, so no total.",
    "'số vụ vi phạm tăng 28%' (its own sentence, baseline 'cùng kỳ năm 2023') → a growth rate as the claim; period inherited (YTD).",
    "'giá chỉ bằng 20-30% hàng chính hãng' → a percent figure (range). '5 cửa khẩu', 'hơn 231 km' are stated facts (actual).",
]

if __name__ == "__main__":
    write("p1562-7", TEXT, NOTES, FIGS, published="2024-11-27", location="Lạng Sơn")
