"""p1525-7: news agency (TTXVN): Lạng Sơn market surveillance seizes smuggled swatters and lamps."""
from lib import fig, per, inh, chg, write

TEXT = """Lạng Sơn: Thu giữ gần 6.000 sản phẩm diệt muỗi nhập lậu

20/08/2024 11:05

Lạng Sơn (TTXVN) - Ngày 20/8, Cục Quản lý thị trường tỉnh Lạng Sơn cho biết, Đội Quản lý thị trường số 3 vừa phối hợp với Công an huyện Cao Lộc kiểm tra một xe tải mang biển kiểm soát 12C-158.47 trên Quốc lộ 1A đoạn qua xã Hợp Thành, huyện Cao Lộc, phát hiện 4.800 chiếc vợt muỗi điện và 1.150 chiếc đèn bắt muỗi do nước ngoài sản xuất, không có hóa đơn, chứng từ chứng minh nguồn gốc.

Toàn bộ số hàng trên có trị giá khoảng 415 triệu đồng. Chủ hàng là ông N.V.T. (trú tại huyện Văn Lãng) khai nhận mua số hàng trên tại khu vực biên giới với giá 35.000 đồng/chiếc vợt và 60.000 đồng/chiếc đèn để bán lại cho các cửa hàng ở Hà Nội, Bắc Ninh.

Lực lượng chức năng đã lập biên bản, tạm giữ toàn bộ số hàng để tiếp tục xác minh, xử lý. Theo quy định, chủ hàng có thể bị phạt tiền tối đa 50 triệu đồng.

Theo Cục Quản lý thị trường tỉnh Lạng Sơn, 7 tháng đầu năm 2024, lực lượng đã kiểm tra 1.264 vụ, xử lý 1.128 vụ vi phạm, thu nộp ngân sách nhà nước hơn 21,7 tỷ đồng, tăng 8,2% so với cùng kỳ năm 2023. Trong đó, hàng điện, điện tử gia dụng chiếm 27% số vụ, đứng thứ hai sau nhóm hàng may mặc.

Tháng 7 vừa qua, riêng nhóm vợt muỗi điện và đèn bắt muỗi, lực lượng đã xử lý 14 vụ với trên 9.300 sản phẩm, gấp 2,5 lần so với tháng 6.

Đọc thêm:
- Lạng Sơn siết chặt kiểm soát hàng hóa qua cửa khẩu Hữu Nghị
- Bắc Ninh phát hiện kho hàng điện gia dụng không rõ nguồn gốc
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
JUL = per("Tháng 7", "2024-07-01", "2024-07-31")
CL = "Cao Lộc"

FIGS = [
    fig("gần 6.000 sản phẩm", "6.000", 6000, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm diệt muỗi nhập lậu bị thu giữ"),
    fig("một xe tải", "một", 1, "count", "xe tải", subject="xe tải bị kiểm tra", location=CL, optional=True),
    fig("phát hiện 4.800 chiếc", "4.800", 4800, "count", "chiếc",
        subject="vợt muỗi điện do nước ngoài sản xuất không có hóa đơn, chứng từ", location=CL),
    fig("1.150 chiếc", "1.150", 1150, "count", "chiếc",
        subject="đèn bắt muỗi do nước ngoài sản xuất không có hóa đơn, chứng từ", location=CL),
    fig("khoảng 415 triệu", "415", 415e6, "money", "đồng", approx="about",
        subject="trị giá số hàng", location=CL),
    fig("giá 35.000", "35.000", 35000, "money", "đồng/chiếc", subject="giá mua vợt muỗi điện", location=CL),
    fig("và 60.000", "60.000", 60000, "money", "đồng/chiếc", subject="giá mua đèn bắt muỗi", location=CL),
    fig("tối đa 50 triệu", "50", 50e6, "money", "đồng", approx="at_most",
        subject="mức phạt tiền chủ hàng có thể bị", location=CL),
    fig("kiểm tra 1.264 vụ", "1.264", 1264, "count", "vụ", subject="vụ kiểm tra của lực lượng quản lý thị trường",
        period=M7),
    fig("xử lý 1.128 vụ", "1.128", 1128, "count", "vụ", subject="vụ vi phạm được xử lý", period=M7),
    fig("hơn 21,7 tỷ", "21,7", 21.7e9, "money", "đồng", approx="over",
        change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"), subject="thu nộp ngân sách nhà nước", period=M7),
    fig("chiếm 27%", "27", 27, "percent", "%", subject="hàng điện, điện tử gia dụng trong số vụ",
        period=inh(M7)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="hàng điện, điện tử gia dụng theo số vụ",
        period=inh(M7)),
    fig("xử lý 14 vụ", "14", 14, "count", "vụ", subject="vụ vi phạm nhóm vợt muỗi điện và đèn bắt muỗi được xử lý",
        period=JUL),
    fig("trên 9.300 sản phẩm", "9.300", 9300, "count", "sản phẩm", approx="over",
        change=chg("increase", 2.5, "lần", "tháng 6"), subject="sản phẩm vợt muỗi điện và đèn bắt muỗi vi phạm",
        period=JUL),
]

NOTES = [
    "News agency (TTXVN): headline figure, '20/08/2024 11:05', 'Lạng Sơn (TTXVN) -', 'Đọc thêm' links.",
    "Distractors: 11:05, 'Ngày 20/8', 'Đội Quản lý thị trường số 3', plate '12C-158.47', 'Quốc lộ 1A', initials 'N.V.T.',",
    "'huyện Văn Lãng' (the owner's home, not the place of the figures), 'tháng 6' (baseline).",
    "The seizure passage is placed in huyện Cao Lộc ('đoạn qua xã Hợp Thành, huyện Cao Lộc'): location Cao Lộc; the headline names Lạng Sơn.",
    "'35.000 đồng/chiếc vợt', '60.000 đồng/chiếc đèn' → unit đồng/chiếc. 'tối đa 50 triệu đồng' → at_most (the possible fine).",
    "'xử lý 1.128 vụ' after 'kiểm tra 1.264 vụ': no cue, no total. 'Trong đó ... chiếm 27% số vụ' has no base amount: a percent figure;",
    "'đứng thứ hai' is a rank (hai = 2). 'gấp 2,5 lần so với tháng 6' → change increase 2.5 lần of 9.300 sản phẩm.",
    "'kiểm tra một xe tải': 'một' reads as the indefinite article 'a' as much as a count: optional.",
    "'Tháng 7 vừa qua' takes 2024. 'riêng' is no cue, so 14 vụ has no total.",
]

if __name__ == "__main__":
    write("p1525-7", TEXT, NOTES, FIGS, published="2024-08-20", location="Lạng Sơn")
