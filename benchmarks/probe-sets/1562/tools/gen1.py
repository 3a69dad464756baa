"""p1562-1: province portal (Đồng Nai): fishing-tackle exports 9 months 2024, an FDI rod factory in Nhơn Trạch."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Xuất khẩu đồ câu cá 9 tháng tăng gần 18%

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864

Theo Sở Công Thương, 9 tháng đầu năm 2024, kim ngạch xuất khẩu dụng cụ câu cá (cần câu, máy câu, lưỡi câu, mồi giả) của các doanh nghiệp trên địa bàn tỉnh Đồng Nai ước đạt 186,4 triệu USD, tăng 17,6% so với cùng kỳ năm 2023, bằng 78,3% kế hoạch năm. Trong đó, cần câu các loại 112,5 triệu USD, máy câu 41,2 triệu USD, phụ kiện và mồi giả 32,7 triệu USD. Với kết quả này, Đồng Nai đứng thứ ba cả nước về xuất khẩu mặt hàng này.

Hiện tỉnh có 14 doanh nghiệp sản xuất đồ câu cá, trong đó 11 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng khoảng 9.800 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

Tại Khu công nghiệp Nhơn Trạch 3, huyện Nhơn Trạch, nhà máy của Công ty TNHH Ngư cụ Hải Phong (vốn Đài Loan) sản xuất cần câu sợi carbon với công suất 4,5 triệu cần/năm. Trong 9 tháng, công ty xuất khẩu hơn 3,1 triệu cần câu, trị giá 47,3 triệu USD, chiếm 42% kim ngạch cần câu của tỉnh. Giá xuất khẩu bình quân từ 14 đến 22 USD/cần tùy chủng loại. Công ty đang xây dựng nhà xưởng thứ hai với tổng vốn 35 triệu USD, dự kiến tuyển thêm 600 lao động.

Thu ngân sách từ các doanh nghiệp đồ câu cá 9 tháng ước đạt 215 tỷ đồng. Sở Công Thương dự báo quý IV là mùa cao điểm đơn hàng, kim ngạch cả năm có thể đạt khoảng 245 triệu USD, vượt 3% kế hoạch.

Tin liên quan:
- Đồng Nai: Hội nghị kết nối doanh nghiệp FDI với nhà cung ứng năm 2024
- Khánh thành nhà máy dụng cụ thể thao tại KCN Long Thành
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
H9 = per("9 tháng", "2024-01-01", "2024-09-30")
T9 = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
NT = "Nhơn Trạch"

FIGS = [
    fig("tăng gần 18%", "18", 18, "percent", "%", approx="nearly",
        subject="xuất khẩu đồ câu cá", period=H9),
    fig("ước đạt 186,4 triệu", "186,4", 186.4e6, "money", "USD", status="estimate", percent=78.3,
        change=chg("increase", 17.6, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu dụng cụ câu cá", period=NINE),
    fig("các loại 112,5 triệu", "112,5", 112.5e6, "money", "USD", total=186.4e6, status="estimate",
        subject="kim ngạch xuất khẩu cần câu các loại", period=inh(NINE)),
    fig("máy câu 41,2 triệu", "41,2", 41.2e6, "money", "USD", total=186.4e6, status="estimate",
        subject="kim ngạch xuất khẩu máy câu", period=inh(NINE)),
    fig("mồi giả 32,7 triệu", "32,7", 32.7e6, "money", "USD", total=186.4e6, status="estimate",
        subject="kim ngạch xuất khẩu phụ kiện và mồi giả", period=inh(NINE)),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng",
        subject="xuất khẩu dụng cụ câu cá", period=inh(NINE)),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ câu cá"),
    fig("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 9.800 lao động", "9.800", 9800, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sản xuất đồ câu cá sử dụng"),
    fig("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("công suất 4,5 triệu", "4,5", 4.5e6, "measure", "cần/năm",
        subject="công suất sản xuất cần câu sợi carbon của nhà máy", location=NT),
    fig("hơn 3,1 triệu", "3,1", 3.1e6, "count", "cần câu", approx="over",
        subject="cần câu công ty xuất khẩu", period=T9, location=NT),
    fig("trị giá 47,3 triệu", "47,3", 47.3e6, "money", "USD", percent=42,
        subject="trị giá cần câu công ty xuất khẩu", period=T9, location=NT),
    fig("từ 14 đến 22", "14", 14, "money", "USD/cần", value_max=22,
        subject="giá xuất khẩu bình quân cần câu", location=NT),
    fig("vốn 35 triệu", "35", 35e6, "money", "USD",
        subject="tổng vốn xây dựng nhà xưởng thứ hai", location=NT),
    fig("thêm 600 lao động", "600", 600, "count", "lao động", status="forecast",
        subject="lao động công ty tuyển thêm", location=NT),
    fig("ước đạt 215 tỷ", "215", 215e9, "money", "đồng", status="estimate",
        subject="thu ngân sách từ các doanh nghiệp đồ câu cá", period=H9),
    fig("khoảng 245 triệu", "245", 245e6, "money", "USD", approx="about", status="forecast",
        change=chg("increase", 3, "%", "kế hoạch"),
        subject="kim ngạch xuất khẩu đồ câu cá cả năm", period=YEAR),
]

NOTES = [
    "Province portal (Đồng Nai): fishing-tackle exports 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.864', related links.",
    "Distractors: 09:35, Lượt xem 1.864, 'Khu công nghiệp Nhơn Trạch 3', 'nhà xưởng thứ hai' (ordinal), 'quý IV', 'năm 2024' in a link, KCN Long Thành.",
    "Headline 'tăng gần 18%': a growth rate as the claim (percent, nearly, no change); year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts (no verb of their own) continue the 'ước đạt' whole: total 186,4 triệu USD, status estimate, period inherited.",
    "'đứng thứ ba cả nước về xuất khẩu mặt hàng này': rank 3 of the province; 'mặt hàng này' resolved to the tackle named before; period inherited.",
    "The Hải Phong factory passage in huyện Nhơn Trạch: location Nhơn Trạch; 'vốn Đài Loan' names the investor, not a place.",
    "'dự kiến' governs only its own clause (600 lao động); 'dự báo ... có thể đạt khoảng 245 triệu USD, vượt 3% kế hoạch' → forecast, change +3% vs plan.",
]

if __name__ == "__main__":
    write("p1562-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Đồng Nai")
