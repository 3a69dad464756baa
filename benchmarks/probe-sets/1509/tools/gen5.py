"""p1509-5: provincial newspaper (Báo Long An, tag '(BLA) -'): a towel plant in Đức Hòa opens; province textile figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LONG AN ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Thể thao

Đức Hòa: Nhà máy khăn bông vốn 40 triệu USD đi vào hoạt động

Thứ Tư, 12/06/2024 - 17:05

Nhà máy của Công ty TNHH Dệt khăn Sakura Việt Nam tại huyện Đức Hòa có thể sản xuất 6.000 tấn khăn mỗi năm, khoảng 95% sản phẩm dành cho xuất khẩu sang Nhật Bản.

(BLA) - Sáng 12/6, Công ty TNHH Dệt khăn Sakura Việt Nam (100% vốn Nhật Bản) khánh thành nhà máy sản xuất khăn bông tại KCN Hải Sơn, huyện Đức Hòa, với tổng vốn đầu tư 40 triệu USD.

Nhà máy xây dựng trên diện tích 5,6 ha, giai đoạn 1 lắp đặt 220 máy dệt kiếm và 16 máy nhuộm, công suất thiết kế 6.000 tấn/năm. Hiện nhà máy đã tuyển dụng 480 lao động; dự kiến khi hoạt động hết công suất vào năm 2026 sẽ sử dụng khoảng 1.200 lao động với thu nhập bình quân 9-10 triệu đồng/người/tháng.

Ông Morita Kenji, Tổng Giám đốc công ty, cho biết: "Chúng tôi chọn Long An vì nguồn lao động dồi dào, từ nhà máy đến cảng Cát Lái chỉ mất khoảng 90 phút chạy xe".

Theo Sở Công Thương, đến nay Long An có 18 dự án dệt may trong các KCN, trong đó 5 dự án sản xuất khăn bông với tổng vốn hơn 210 triệu USD. 5 tháng đầu năm, kim ngạch xuất khẩu hàng dệt may của tỉnh đạt 412 triệu USD, tăng 7,8% so với cùng kỳ; riêng khăn bông đạt 58 triệu USD.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh đề nghị doanh nghiệp ưu tiên tuyển dụng lao động địa phương, đầu tư hệ thống xử lý nước thải dệt nhuộm theo đúng cam kết.

QUỐC THẮNG

Chia sẻ | In bài | 0 bình luận
"""

Y26 = per("vào năm 2026", "2026-01-01", "2026-12-31")
NOW = per("đến nay", None, "2024-06-12")
M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
DH = "Đức Hòa"

FIGS = [
    fig("vốn 40 triệu USD đi", "40", 40e6, "money", "USD", subject="vốn nhà máy khăn bông", location=DH),
    fig("xuất 6.000 tấn khăn mỗi năm", "6.000", 6000, "measure", "tấn/năm",
        subject="khăn nhà máy có thể sản xuất", location=DH),
    fig("khoảng 95%", "95", 95, "percent", "%", approx="about",
        subject="sản phẩm dành cho xuất khẩu sang Nhật Bản", location=DH),
    fig("(100% vốn", "100", 100, "percent", "%", subject="vốn Nhật Bản", location=DH, optional=True),
    fig("tư 40 triệu USD.", "40", 40e6, "money", "USD", subject="tổng vốn đầu tư", location=DH),
    fig("5,6 ha", "5,6", 5.6, "measure", "ha", subject="diện tích nhà máy", location=DH),
    fig("220 máy", "220", 220, "count", "máy dệt kiếm", subject="máy dệt kiếm lắp đặt giai đoạn 1", location=DH),
    fig("16 máy", "16", 16, "count", "máy nhuộm", subject="máy nhuộm", location=DH),
    fig("thiết kế 6.000 tấn/năm", "6.000", 6000, "measure", "tấn/năm", subject="công suất thiết kế",
        location=DH),
    fig("480 lao động", "480", 480, "count", "lao động", subject="lao động nhà máy đã tuyển dụng", location=DH),
    fig("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", approx="about", status="forecast",
        subject="lao động nhà máy sử dụng khi hoạt động hết công suất", period=Y26, location=DH),
    fig("9-10 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=10e6, status="forecast",
        subject="thu nhập bình quân", period=Y26, location=DH),
    fig("khoảng 90 phút", "90", 90, "measure", "phút", approx="about",
        subject="thời gian chạy xe từ nhà máy đến cảng Cát Lái", location=DH),
    fig("có 18 dự án", "18", 18, "count", "dự án", subject="dự án dệt may trong các KCN", period=NOW),
    fig("5 dự án", "5", 5, "count", "dự án", total=18, subject="dự án sản xuất khăn bông", period=NOW),
    fig("hơn 210 triệu", "210", 210e6, "money", "USD", approx="over",
        subject="tổng vốn dự án sản xuất khăn bông", period=NOW),
    fig("đạt 412 triệu", "412", 412e6, "money", "USD", change=chg("increase", 7.8, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu hàng dệt may của tỉnh", period=M5),
    fig("đạt 58 triệu", "58", 58e6, "money", "USD", subject="kim ngạch xuất khẩu khăn bông", period=M5),
]

NOTES = [
    "Provincial newspaper (Báo Long An): menu, headline, 'Thứ Tư, 12/06/2024 - 17:05' (published), sapo, tag '(BLA) -', byline, share bar.",
    "Distractors: 17:05, 'Sáng 12/6' (a date), 'giai đoạn 1', '0 bình luận' (comment count).",
    "The plant's figures are located in Đức Hòa (headline, sapo and body name the district); the Sở Công Thương paragraph is Long An.",
    "Sapo '6.000 tấn khăn mỗi năm' and body '6.000 tấn/năm' are two mentions, each a figure; 'mỗi năm' is the rate's denominator.",
    "'(100% vốn Nhật Bản)' describes ownership; a share a careful annotator may or may not count: optional.",
    "'dự kiến khi hoạt động hết công suất vào năm 2026 sẽ ...' → forecast, period the year 2026 (both figures of the clause).",
    "'đến nay' → as-of the dateline (start null, end 2024-06-12). 'trong đó 5 dự án' → total 18.",
    "'riêng khăn bông đạt 58 triệu USD': 'riêng' is not a part-of cue in FIGURES.md, so no total.",
    "'5 tháng đầu năm' (year-less) takes 2024 from the dateline.",
]

if __name__ == "__main__":
    write("p1509-5", TEXT, NOTES, FIGS, published="2024-06-12", location="Long An")
