"""p1533-4: provincial newspaper (Báo Quảng Ninh): Đông Triều porcelain tea sets, 6 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Gốm sứ Đông Triều: 6 tháng xuất xưởng hơn 2 triệu sản phẩm ấm chén

Thứ Tư, 10/07/2024 | 15:20

(BQN) - 6 tháng đầu năm 2024, các doanh nghiệp gốm sứ trên địa bàn thị xã Đông Triều đã sản xuất hơn 2,1 triệu sản phẩm ấm chén, bộ ấm trà, tăng 9,6% so với cùng kỳ, bằng 52% kế hoạch năm.

Toàn tỉnh Quảng Ninh hiện có 14 doanh nghiệp sản xuất gốm sứ, trong đó 11 doanh nghiệp đặt tại Đông Triều. Riêng Công ty cổ phần Sứ Trúc Thôn Xanh sản xuất 960.000 sản phẩm, chiếm gần 46% sản lượng toàn thị xã. Dòng bộ ấm trà Hoàng Gia QN68 của công ty có giá bán lẻ 450.000 đồng/bộ, tăng khoảng 30.000 đồng so với đầu năm.

Giá trị sản xuất ngành gốm sứ 6 tháng ước đạt 1.320 tỷ đồng, đứng thứ 2 trong các ngành công nghiệp của thị xã, sau ngành khai thác than. Xuất khẩu 6 tháng đạt 11,5 triệu USD, chủ yếu sang Nhật Bản, Hàn Quốc và Đài Loan (Trung Quốc). Ngành thu hút khoảng 4.200 lao động, trong đó lao động địa phương chiếm trên 80%.

Tuy nhiên, giá khí hóa lỏng (LPG) dùng cho lò nung đã tăng 12-15% so với cuối năm 2023, trong khi chi phí nhiên liệu chiếm khoảng 30% giá thành sản phẩm. "Chúng tôi phải tối ưu lại ba khâu tráng men, nung và đóng gói", bà Vũ Thị Lan, Giám đốc một doanh nghiệp ở phường Mạo Khê, cho biết.

6 tháng cuối năm, thị xã phấn đấu sản xuất thêm 1,9 triệu sản phẩm, nâng sản lượng cả năm lên 4 triệu sản phẩm, và tổ chức 2 phiên hội chợ kết nối tiêu thụ tại Hạ Long.

NGỌC MAI

Tin cùng chuyên mục:
- Đông Triều đón nhận Bằng công nhận làng nghề lần thứ 2
- Quảng Ninh có thêm sản phẩm OCOP 5 sao cấp quốc gia
"""

H6 = per("6 tháng", "2024-01-01", "2024-06-30")
S6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
L6 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
DT = "Đông Triều"

FIGS = [
    fig("hơn 2 triệu", "2", 2e6, "count", "sản phẩm", approx="over",
        subject="sản phẩm ấm chén gốm sứ Đông Triều xuất xưởng", period=H6),
    fig("hơn 2,1 triệu", "2,1", 2.1e6, "count", "sản phẩm", approx="over", percent=52,
        change=chg("increase", 9.6, "%", "cùng kỳ"),
        subject="sản phẩm ấm chén, bộ ấm trà các doanh nghiệp gốm sứ sản xuất", period=S6),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất gốm sứ",
        location="Quảng Ninh"),
    fig("11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp sản xuất gốm sứ"),
    fig("sản xuất 960.000", "960.000", 960000, "count", "sản phẩm", percent=46,
        subject="sản phẩm Công ty cổ phần Sứ Trúc Thôn Xanh sản xuất", period=inh(S6)),
    fig("lẻ 450.000", "450.000", 450000, "money", "đồng/bộ",
        change=chg("increase", 30000, "đồng", "đầu năm", "about"),
        subject="giá bán lẻ bộ ấm trà Hoàng Gia QN68"),
    fig("ước đạt 1.320 tỷ", "1.320", 1320e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất ngành gốm sứ", period=H6),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", status="estimate",
        subject="giá trị sản xuất ngành gốm sứ trong các ngành công nghiệp của thị xã", period=H6),
    fig("đạt 11,5 triệu", "11,5", 11.5e6, "money", "USD", subject="xuất khẩu", period=H6),
    fig("khoảng 4.200 lao động", "4.200", 4200, "count", "lao động", approx="about",
        subject="lao động ngành gốm sứ thu hút"),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", subject="lao động địa phương"),
    fig("tăng 12-15%", "12", 12, "percent", "%", value_max=15,
        subject="giá khí hóa lỏng (LPG) dùng cho lò nung"),
    fig("khoảng 30% giá thành", "30", 30, "percent", "%", approx="about",
        subject="chi phí nhiên liệu trong giá thành sản phẩm"),
    fig("thêm 1,9 triệu", "1,9", 1.9e6, "count", "sản phẩm", status="target",
        subject="sản phẩm sản xuất thêm", period=L6),
    fig("lên 4 triệu", "4", 4e6, "count", "sản phẩm", status="target", subject="sản lượng cả năm", period=YEAR),
    fig("tổ chức 2 phiên", "2", 2, "count", "phiên hội chợ", status="target",
        subject="phiên hội chợ kết nối tiêu thụ", period=L6),
    fig("tối ưu lại ba khâu", "ba", 3, "count", "khâu", optional=True),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Ninh): headline figure, 'Thứ Tư, 10/07/2024 | 15:20', tag '(BQN) -', quote, byline, related links.",
    "Distractors: 15:20, product name 'Hoàng Gia QN68', 'phường Mạo Khê', 'lần thứ 2', 'OCOP 5 sao', baseline 'cuối năm 2023'.",
    "Location Đông Triều (thị xã) by default; the provincial count '14 doanh nghiệp' is Quảng Ninh; its part '11 ... tại Đông Triều' has total 14.",
    "'chiếm gần 46% sản lượng toàn thị xã' is the percent attribute of 960.000; 'lao động địa phương chiếm trên 80%' after 'trong đó' is its own percent figure.",
    "'đứng thứ 2 ...' continues the 'ước đạt' clause → estimate, same period. 'tăng khoảng 30.000 đồng so với đầu năm' → change in đồng.",
    "'giá khí hóa lỏng ... đã tăng 12-15% so với cuối năm 2023' is a growth rate as the claim (range), no change object, no period (baseline only).",
    "'ba khâu' in a quote (steps of a process) is optional. '6 tháng cuối năm' → 2024-07-01..2024-12-31; 'phấn đấu' governs the chained clauses → target.",
    "revised after the first run: subject of '11 doanh nghiệp' no longer repeats the place 'đặt tại Đông Triều' (it is the location, as in p1533-3).",
]

if __name__ == "__main__":
    write("p1533-4", TEXT, NOTES, FIGS, published="2024-07-10", location="Đông Triều")
