"""p1498-5: provincial Party newspaper (Báo Đồng Nai): switch and socket exports, a maker in Nhơn Trạch."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Kinh tế | Thứ Ba, 27/08/2024 | 07:15

Xuất khẩu công tắc, ổ cắm "made in Đồng Nai" tăng mạnh

Tận dụng làn sóng dịch chuyển chuỗi cung ứng, các doanh nghiệp sản xuất công tắc, ổ cắm trên địa bàn tỉnh đẩy mạnh xuất khẩu sang thị trường Mỹ, Nhật Bản và châu Âu.

(ĐNO) - Tại Khu công nghiệp Nhơn Trạch 2, Công ty TNHH Điện gia dụng Sao Phương Nam hiện vận hành 6 dây chuyền tự động với công suất 45 triệu sản phẩm/năm. 7 tháng đầu năm 2024, công ty xuất khẩu 18,5 triệu sản phẩm công tắc, ổ cắm âm tường, kim ngạch đạt 27,4 triệu USD, tăng 31% so với cùng kỳ. Trong đó, thị trường Mỹ chiếm 46%, Nhật Bản chiếm 22%.

Bà Lê Thị Hồng Nhung, Phó giám đốc công ty cho biết, đơn hàng đã kín đến hết quý I/2025. Công ty đang tuyển thêm khoảng 200 công nhân, nâng tổng số lao động lên hơn 1.400 người. Mức lương khởi điểm của công nhân là 6,8 triệu đồng/tháng, chưa kể phụ cấp.

Theo Sở Công Thương, toàn tỉnh có 14 doanh nghiệp sản xuất thiết bị đóng cắt và phụ kiện điện, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài. Kim ngạch xuất khẩu nhóm hàng này 7 tháng ước đạt 96 triệu USD, bằng 61% kế hoạch năm, đứng thứ ba cả nước sau Bắc Ninh và Bình Dương.

Năm 2024, ngành công thương đặt mục tiêu kim ngạch xuất khẩu thiết bị điện, phụ kiện điện của tỉnh đạt 160 triệu USD, tăng 15% so với năm 2023.

HOÀNG ANH

Tin cùng chuyên mục:
- Nhơn Trạch: Khánh thành nhà máy linh kiện điện tử vốn 2.000 tỷ đồng
- Đồng Nai thu hút vốn FDI 8 tháng đạt hơn 1,5 tỷ USD
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7s = per("7 tháng", "2024-01-01", "2024-07-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("vận hành 6 dây chuyền", "6", 6, "count", "dây chuyền",
        subject="dây chuyền tự động Công ty TNHH Điện gia dụng Sao Phương Nam vận hành", location=NT),
    fig("công suất 45 triệu", "45", 45e6, "measure", "sản phẩm/năm",
        subject="công suất dây chuyền tự động", location=NT),
    fig("xuất khẩu 18,5 triệu", "18,5", 18.5e6, "count", "sản phẩm",
        subject="sản phẩm công tắc, ổ cắm âm tường công ty xuất khẩu", period=M7, location=NT),
    fig("đạt 27,4 triệu", "27,4", 27.4e6, "money", "USD", change=chg("increase", 31, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu của công ty", period=M7, location=NT),
    fig("Mỹ chiếm 46%", "46", 46, "percent", "%",
        subject="thị trường Mỹ trong kim ngạch xuất khẩu của công ty", period=inh(M7), location=NT),
    fig("Nhật Bản chiếm 22%", "22", 22, "percent", "%",
        subject="thị trường Nhật Bản trong kim ngạch xuất khẩu của công ty", period=inh(M7), location=NT),
    fig("khoảng 200 công nhân", "200", 200, "count", "công nhân", approx="about",
        subject="công nhân công ty đang tuyển thêm", location=NT),
    fig("hơn 1.400 người", "1.400", 1400, "count", "người", approx="over",
        subject="tổng số lao động của công ty", location=NT),
    fig("là 6,8 triệu", "6,8", 6.8e6, "money", "đồng/tháng",
        subject="mức lương khởi điểm của công nhân", location=NT),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị đóng cắt và phụ kiện điện"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 96 triệu", "96", 96e6, "money", "USD", status="estimate", percent=61,
        subject="kim ngạch xuất khẩu nhóm hàng thiết bị đóng cắt và phụ kiện điện", period=M7s),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu nhóm hàng thiết bị đóng cắt và phụ kiện điện", period=M7s),
    fig("đạt 160 triệu", "160", 160e6, "money", "USD", status="target",
        change=chg("increase", 15, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu thiết bị điện, phụ kiện điện của tỉnh", period=Y24),
    fig("vốn 2.000 tỷ", "2.000", 2000e9, "money", "đồng",
        subject="vốn nhà máy linh kiện điện tử", location=NT, optional=True),
    fig("hơn 1,5 tỷ", "1,5", 1.5e9, "money", "USD", approx="over",
        subject="vốn FDI thu hút", period=per("8 tháng", "2024-01-01", "2024-08-31"), optional=True),
]

NOTES = [
    "Provincial Party newspaper (Báo Đồng Nai): 'Kinh tế | Thứ Ba, 27/08/2024 | 07:15', sapo, tag '(ĐNO) -', byline at the end.",
    "Distractors: 07:15, 'Khu công nghiệp Nhơn Trạch 2', 'quý I/2025', '8 tháng' in a link. Link titles with '2.000 tỷ đồng', '1,5 tỷ USD'",
    "are headlines of other articles under 'Tin cùng chuyên mục' (page furniture or facts?): the two amounts are optional.",
    "The company passage (KCN Nhơn Trạch 2) is located in Nhơn Trạch; the Sở Công Thương figures in Đồng Nai.",
    "'Trong đó, thị trường Mỹ chiếm 46%, Nhật Bản chiếm 22%': list of shares after a sentence break, percent figures of their own;",
    "Mỹ and Nhật Bản are trade partners, not places. '9 doanh nghiệp' after 'trong đó' → total 14.",
    "'ước đạt 96 triệu USD, bằng 61% kế hoạch năm' → percent 61; 'đứng thứ ba cả nước' continues the 'ước đạt' clause → estimate,",
    "rank of the province (location Đồng Nai). Year-less '7 tháng' takes 2024. '6,8 triệu đồng/tháng' wage: rate unit.",
    "'đặt mục tiêu ... đạt 160 triệu USD, tăng 15% so với năm 2023' → target with the change attached.",
]

if __name__ == "__main__":
    write("p1498-5", TEXT, NOTES, FIGS, published="2024-08-27", location="Đồng Nai")
