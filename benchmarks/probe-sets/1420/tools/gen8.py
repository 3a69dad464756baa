"""p1420-8: radio/TV site (Đài PT-TH Cần Thơ): online auction of 2.964 held vehicles, year-to-date clearance, 2025 target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Pháp luật | Video | Podcast

Cần Thơ: Đấu giá trực tuyến gần 3.000 xe vi phạm tồn đọng

03/12/2024 18:20

(THTPCT) - Sáng 3/12, Công an TP Cần Thơ phối hợp Công ty Đấu giá hợp danh Tây Đô tổ chức phiên đấu giá trực tuyến thứ 4 trong năm, bán 2.964 phương tiện vi phạm hết thời hạn tạm giữ không có người nhận.

Số phương tiện trên gồm 2.871 xe mô tô, xe gắn máy và 93 xe ô tô, được chia thành 12 lô, giá khởi điểm từ 8 triệu đến 210 triệu đồng/lô. Kết quả, toàn bộ 12 lô đều có người trả giá; tổng giá trúng đấu giá đạt hơn 1,93 tỷ đồng, cao hơn 27,5% so với tổng giá khởi điểm.

Tính từ đầu năm đến nay, Công an thành phố đã tổ chức 4 phiên đấu giá, thanh lý tổng cộng 8.415 phương tiện, thu nộp ngân sách gần 5,4 tỷ đồng, bằng 135% kế hoạch năm.

Hiện các bãi tạm giữ ở quận Ninh Kiều, Cái Răng và Bình Thủy còn khoảng 5.100 phương tiện, trong đó có ít nhất 1.800 xe đã đủ điều kiện thanh lý. Chủ phương tiện đến nhận xe phải nộp phí trông giữ tối đa 8.000 đồng/ngày đêm đối với xe máy.

Thượng tá Phạm Hoàng Nam, Trưởng phòng CSGT Công an TP Cần Thơ cho biết, năm 2025 đơn vị phấn đấu giảm số xe tồn đọng xuống dưới 2.000 chiếc, đồng thời hướng dẫn người dân tra cứu phương tiện bị tạm giữ qua ứng dụng VNeID.

Ngọc Trân - Minh Khang
Tags: bãi tạm giữ, đấu giá, xe tồn đọng
Đài PT&TH TP Cần Thơ - Số 409 đường 30/4, phường Hưng Lợi, quận Ninh Kiều
"""

YTD = per("Tính từ đầu năm đến nay", "2024-01-01", "2024-12-03")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("gần 3.000 xe", "3.000", 3000, "count", "xe", approx="nearly",
        subject="xe vi phạm tồn đọng đấu giá trực tuyến"),
    fig("bán 2.964", "2.964", 2964, "count", "phương tiện",
        subject="phương tiện vi phạm hết thời hạn tạm giữ không có người nhận đem bán đấu giá"),
    fig("gồm 2.871", "2.871", 2871, "count", "xe mô tô, xe gắn máy", total=2964,
        subject="xe mô tô, xe gắn máy đem đấu giá"),
    fig("và 93 xe ô tô", "93", 93, "count", "xe ô tô", total=2964, subject="xe ô tô đem đấu giá"),
    fig("thành 12 lô", "12", 12, "count", "lô", subject="lô phương tiện đấu giá"),
    fig("từ 8 triệu", "8", 8e6, "money", "đồng/lô", value_max=210e6, subject="giá khởi điểm mỗi lô"),
    fig("toàn bộ 12 lô", "12", 12, "count", "lô", subject="lô có người trả giá", optional=True),
    fig("hơn 1,93 tỷ", "1,93", 1.93e9, "money", "đồng", approx="over",
        change=chg("increase", 27.5, "%", "tổng giá khởi điểm"), subject="tổng giá trúng đấu giá"),
    fig("tổ chức 4 phiên", "4", 4, "count", "phiên đấu giá", subject="phiên đấu giá Công an thành phố tổ chức",
        period=YTD),
    fig("cộng 8.415", "8.415", 8415, "count", "phương tiện", subject="phương tiện thanh lý", period=YTD),
    fig("gần 5,4 tỷ", "5,4", 5.4e9, "money", "đồng", approx="nearly", percent=135,
        subject="thu nộp ngân sách từ đấu giá", period=YTD),
    fig("khoảng 5.100", "5.100", 5100, "count", "phương tiện", approx="about",
        subject="phương tiện còn tại các bãi tạm giữ"),
    fig("ít nhất 1.800", "1.800", 1800, "count", "xe", approx="at_least", total=5100,
        subject="xe đã đủ điều kiện thanh lý"),
    fig("tối đa 8.000", "8.000", 8000, "money", "đồng/ngày đêm", approx="at_most",
        subject="phí trông giữ xe máy"),
    fig("dưới 2.000 chiếc", "2.000", 2000, "count", "chiếc", approx="under", status="target",
        subject="số xe tồn đọng", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, headline, '03/12/2024 18:20', tag '(THTPCT) -', bylines, tags, address footer.",
    "Distractors: 18:20, 'Sáng 3/12', ordinal 'phiên đấu giá trực tuyến thứ 4 trong năm', 'VNeID', 'Số 409 đường 30/4', 'Thượng tá'.",
    "'gồm 2.871 ... và 93 ...' after a sentence break add up to 2.964 → total. 'từ 8 triệu đến 210 triệu đồng/lô' → range, unit đồng/lô.",
    "'toàn bộ 12 lô đều có người trả giá' restates the 12 lots: optional.",
    "'cao hơn 27,5% so với tổng giá khởi điểm' → change of 1,93 tỷ. 'bằng 135% kế hoạch năm' → percent attribute of 5,4 tỷ.",
    "'Tính từ đầu năm đến nay' = 2024-01-01..dateline 2024-12-03. 'trong đó có ít nhất 1.800 xe' → total 5.100 (xe = phương tiện here).",
    "The three districts' lots are the city's: location Cần Thơ. 'năm 2025 ... phấn đấu ... xuống dưới 2.000 chiếc' → target, under.",
]

if __name__ == "__main__":
    write("p1420-8", TEXT, NOTES, FIGS, published="2024-12-03", location="Cần Thơ")
