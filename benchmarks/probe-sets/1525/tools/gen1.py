"""p1525-1: province portal (Hà Nam): a swatter and lamp factory in thị xã Duy Tiên, 9 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng thông tin điện tử tỉnh Hà Nam
Trang chủ > Tin tức - Sự kiện > Kinh tế

Nhà máy vợt muỗi điện ở Duy Tiên xuất khẩu hơn 2 triệu sản phẩm

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386

Theo Ban Quản lý các khu công nghiệp tỉnh, 9 tháng đầu năm 2024, Công ty TNHH Điện gia dụng Thành Phát tại Khu công nghiệp Đồng Văn II, thị xã Duy Tiên sản xuất 2,85 triệu sản phẩm vợt muỗi điện và đèn bắt muỗi, tăng 18,5% so với cùng kỳ năm 2023, bằng 81% kế hoạch năm. Trong đó, vợt muỗi điện 2,1 triệu sản phẩm, đèn bắt muỗi 750.000 sản phẩm.

Sản phẩm của công ty được xuất khẩu sang 14 quốc gia và vùng lãnh thổ, chủ yếu là Philippines, Indonesia và Ấn Độ. Từ đầu năm đến nay, công ty xuất khẩu hơn 2,2 triệu sản phẩm, kim ngạch ước đạt 5,6 triệu USD, chiếm 78% doanh thu.

Nhà máy hiện có 4 dây chuyền lắp ráp với tổng công suất 15.000 sản phẩm/ngày, sử dụng khoảng 620 lao động, trong đó 430 lao động nữ; thu nhập bình quân 8,7 triệu đồng/người/tháng. Mẫu vợt muỗi kiêm đèn TP-368 bán trong nước có giá từ 120.000 đến 165.000 đồng/chiếc.

Năm 2024, công ty đầu tư thêm một dây chuyền sản xuất bảng mạch với tổng vốn khoảng 45 tỷ đồng, dự kiến vận hành từ quý I/2025. Quý IV, công ty phấn đấu sản xuất thêm 650.000 sản phẩm, đưa sản lượng cả năm lên 3,5 triệu sản phẩm.

Toàn tỉnh hiện có 7 doanh nghiệp sản xuất thiết bị điện gia dụng cỡ nhỏ; nộp ngân sách 9 tháng ước đạt 126 tỷ đồng, tăng 11% so với cùng kỳ.

Tin liên quan:
- Hà Nam: Hội nghị gặp mặt doanh nghiệp FDI năm 2024
- Duy Tiên đẩy mạnh cải cách hành chính
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DT = "Duy Tiên"

FIGS = [
    fig("hơn 2 triệu sản phẩm", "2", 2e6, "count", "sản phẩm", approx="over",
        subject="sản phẩm nhà máy vợt muỗi điện xuất khẩu", location=DT),
    fig("sản xuất 2,85 triệu", "2,85", 2.85e6, "count", "sản phẩm", percent=81,
        change=chg("increase", 18.5, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm vợt muỗi điện và đèn bắt muỗi Công ty TNHH Điện gia dụng Thành Phát sản xuất",
        period=NINE, location=DT),
    fig("vợt muỗi điện 2,1 triệu", "2,1", 2.1e6, "count", "sản phẩm", total=2.85e6,
        subject="vợt muỗi điện", period=inh(NINE), location=DT),
    fig("đèn bắt muỗi 750.000", "750.000", 750000, "count", "sản phẩm", total=2.85e6,
        subject="đèn bắt muỗi", period=inh(NINE), location=DT),
    fig("sang 14 quốc gia", "14", 14, "count", "quốc gia và vùng lãnh thổ",
        subject="quốc gia và vùng lãnh thổ nhập khẩu sản phẩm của công ty", location=DT),
    fig("hơn 2,2 triệu", "2,2", 2.2e6, "count", "sản phẩm", approx="over",
        subject="sản phẩm công ty xuất khẩu", period=YTD, location=DT),
    fig("ước đạt 5,6 triệu", "5,6", 5.6e6, "money", "USD", status="estimate", percent=78,
        subject="kim ngạch xuất khẩu của công ty", period=YTD, location=DT),
    fig("có 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền lắp ráp của nhà máy", location=DT),
    fig("công suất 15.000", "15.000", 15000, "measure", "sản phẩm/ngày",
        subject="tổng công suất các dây chuyền lắp ráp", location=DT),
    fig("khoảng 620 lao động", "620", 620, "count", "lao động", approx="about",
        subject="lao động nhà máy sử dụng", location=DT),
    fig("430 lao động nữ", "430", 430, "count", "lao động", total=620,
        subject="lao động nữ", location=DT),
    fig("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động nhà máy", location=DT),
    fig("từ 120.000 đến 165.000", "120.000", 120000, "money", "đồng/chiếc", value_max=165000,
        subject="giá bán trong nước mẫu vợt muỗi kiêm đèn TP-368", location=DT),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền",
        subject="dây chuyền sản xuất bảng mạch công ty đầu tư thêm", period=Y24, location=DT),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền sản xuất bảng mạch", period=Y24, location=DT),
    fig("thêm 650.000 sản phẩm", "650.000", 650000, "count", "sản phẩm", status="target",
        subject="sản phẩm công ty sản xuất thêm", period=Q4, location=DT),
    fig("lên 3,5 triệu", "3,5", 3.5e6, "count", "sản phẩm", status="target",
        subject="sản lượng cả năm của công ty", period=YEAR, location=DT),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị điện gia dụng cỡ nhỏ"),
    fig("ước đạt 126 tỷ", "126", 126e9, "money", "đồng", status="estimate",
        change=chg("increase", 11, "%", "cùng kỳ"),
        subject="nộp ngân sách của các doanh nghiệp sản xuất thiết bị điện gia dụng cỡ nhỏ", period=NINE_SHORT),
]

NOTES = [
    "Province portal (Hà Nam): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.386', related links.",
    "Distractors: 09:35, Lượt xem 1.386, 'Khu công nghiệp Đồng Văn II', model 'TP-368', 'quý I/2025' (a date), 'năm 2024' in a link.",
    "The factory is in thị xã Duy Tiên: location Duy Tiên for its figures (headline too); the last paragraph is the province's.",
    "'Trong đó' parts after a sentence break take the whole 2,85 triệu (same unit sản phẩm, same period, inherited).",
    "'bằng 81% kế hoạch năm' is the percent attribute; 'chiếm 78% doanh thu' the percent of the export value.",
    "'hơn 2,2 triệu sản phẩm' stands before 'ước đạt': actual. 'Từ đầu năm đến nay' ends at the dateline.",
    "'Quý IV' and 'cả năm' take 2024; 'phấn đấu' governs both clauses (target). 'dự kiến vận hành từ quý I/2025' has no number.",
]

if __name__ == "__main__":
    write("p1525-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Nam")
