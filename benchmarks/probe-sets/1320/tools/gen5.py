"""p1320-5: provincial newspaper (Báo Bắc Giang, BGĐT): Lục Ngạn cold stores for the 2024 lychee crop."""
from lib import F, period, inherited, change, target, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Nông nghiệp

Lục Ngạn: Hơn 60 kho lạnh sẵn sàng bảo quản vải thiều

10/06/2024 07:12

Năm nay, huyện Lục Ngạn có 63 kho lạnh với tổng sức chứa khoảng 9.500 tấn, tăng 1.200 tấn so với năm 2023, bảo đảm bảo quản vải thiều đưa đi các thị trường xa.

(BGĐT) - Theo UBND huyện Lục Ngạn, vụ vải năm 2024, toàn huyện có gần 17.900 ha vải thiều, sản lượng dự kiến khoảng 115.000 tấn, bằng 85% năm 2023. Trong đó, diện tích vải sớm 3.700 ha, vải chính vụ 14.200 ha.

Toàn huyện hiện có 63 kho lạnh (41 kho của hộ kinh doanh, 22 kho của doanh nghiệp và hợp tác xã), trong đó 48 kho có sức chứa từ 100 tấn trở lên. Vải thiều bảo quản lạnh giữ được chất lượng trong 40 ngày; chi phí bảo quản khoảng 1.000-1.200 đồng/kg. Từ ngày 25/5 đến nay, các kho đã tiếp nhận hơn 3,2 nghìn tấn vải sớm.

Tại xã Phượng Sơn, Công ty TNHH Nông sản Phúc Lộc năm nay đầu tư thêm một kho lạnh 500 tấn và 5 xe tải lạnh, nâng tổng sức chứa lên 1.300 tấn. Dự kiến vụ này công ty thu mua khoảng 4.000 tấn vải, trong đó xuất khẩu sang Nhật Bản, Mỹ, EU ít nhất 600 tấn.

Huyện phấn đấu năm 2024 doanh thu từ vải thiều đạt trên 5.000 tỷ đồng.

Thanh Hương

Tags: vải thiều, Lục Ngạn, kho lạnh

Tin cùng chuyên mục:
- Bắc Giang: Kết nối tiêu thụ vải thiều tại TP Hồ Chí Minh
"""

NAY = period("Năm nay", "2024-01-01", "2024-12-31")
nay = period("năm nay", "2024-01-01", "2024-12-31")
V24 = period("vụ vải năm 2024", "2024-01-01", "2024-12-31")
SINCE = period("Từ ngày 25/5 đến nay", "2024-05-25", "2024-06-10")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 60 kho", "60", 60, "count", "kho lạnh", approx="over", subject="kho lạnh sẵn sàng bảo quản vải thiều"),
    F("huyện Lục Ngạn có 63 kho", "63", 63, "count", "kho lạnh", per=NAY, subject="kho lạnh"),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", approx="about", per=NAY,
      change=change("increase", 1200, "tấn", "năm 2023"), subject="tổng sức chứa kho lạnh"),
    F("gần 17.900 ha", "17.900", 17900, "measure", "ha", approx="nearly", per=V24, subject="diện tích vải thiều"),
    F("khoảng 115.000 tấn", "115.000", 115000, "measure", "tấn", approx="about", status="forecast",
      percent=85, per=V24, subject="sản lượng vải thiều"),
    F("vải sớm 3.700 ha", "3.700", 3700, "measure", "ha", total=17900, per=inherited(V24),
      subject="diện tích vải sớm"),
    F("chính vụ 14.200 ha", "14.200", 14200, "measure", "ha", total=17900, per=inherited(V24),
      subject="diện tích vải chính vụ"),
    F("hiện có 63 kho", "63", 63, "count", "kho lạnh", subject="kho lạnh"),
    F("(41 kho", "41", 41, "count", "kho", total=63, subject="kho của hộ kinh doanh"),
    F("22 kho của doanh nghiệp", "22", 22, "count", "kho", total=63,
      subject="kho của doanh nghiệp và hợp tác xã"),
    F("trong đó 48 kho", "48", 48, "count", "kho", total=63, subject="kho có sức chứa từ 100 tấn trở lên"),
    F("từ 100 tấn trở lên", "100", 100, "measure", "tấn", approx="at_least", optional=True,
      subject="sức chứa kho"),
    F("trong 40 ngày", "40", 40, "measure", "ngày", subject="thời gian vải thiều bảo quản lạnh giữ được chất lượng"),
    F("khoảng 1.000-1.200", "1.000", 1000, "money", "đồng/kg", value_max=1200, approx="about",
      subject="chi phí bảo quản"),
    F("hơn 3,2 nghìn", "3,2", 3200, "measure", "tấn", approx="over", per=SINCE,
      subject="vải sớm các kho đã tiếp nhận"),
    F("thêm một kho lạnh", "một", 1, "count", "kho lạnh", per=nay,
      subject="kho lạnh Công ty TNHH Nông sản Phúc Lộc đầu tư thêm"),
    F("kho lạnh 500 tấn", "500", 500, "measure", "tấn", per=nay, subject="sức chứa kho lạnh đầu tư thêm"),
    F("5 xe tải lạnh", "5", 5, "count", "xe tải lạnh", per=nay, subject="xe tải lạnh công ty đầu tư thêm"),
    F("lên 1.300 tấn", "1.300", 1300, "measure", "tấn", per=nay, subject="tổng sức chứa kho của công ty"),
    F("khoảng 4.000 tấn", "4.000", 4000, "measure", "tấn", approx="about", status="forecast",
      subject="vải công ty thu mua"),
    F("ít nhất 600 tấn", "600", 600, "measure", "tấn", approx="at_least", status="forecast", total=4000,
      subject="vải xuất khẩu sang Nhật Bản, Mỹ, EU"),
    F("trên 5.000 tỷ", "5.000", 5000e9, "money", "đồng", approx="over", status="target", per=Y24,
      subject="doanh thu từ vải thiều"),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang điện tử): section line, headline figure, bare '10/06/2024 07:12', sapo, tag '(BGĐT) -', byline, tags.",
    "Distractors: 07:12, tag BGĐT, '25/5' (a date), baseline 'năm 2023', byline, tags.",
    "Location: the district Lục Ngạn for every figure (the Phúc Lộc company is in xã Phượng Sơn of Lục Ngạn).",
    "Sapo 'Năm nay' = 2024 (published); 'tăng 1.200 tấn so với năm 2023' → change of the capacity.",
    "'sản lượng dự kiến khoảng 115.000 tấn, bằng 85% năm 2023' → forecast, percent 85 (a share of the baseline year, as 'bằng 139% cùng kỳ').",
    "'Trong đó' after a sentence break: areas → total 17.900 ha. Bracketed breakdown 41 + 22 = 63 → total 63; 'trong đó 48 kho' → total 63.",
    "'từ 100 tấn trở lên' is a size class in the label of the 48 stores: optional.",
    "'Từ ngày 25/5 đến nay' runs from 2024-05-25 to the dateline. 'hơn 3,2 nghìn tấn' = 3 200 tấn.",
    "'năm nay đầu tư thêm ...' gives 2024 to the company's four figures. 'Dự kiến vụ này' → forecast, no calendar period.",
]

if __name__ == "__main__":
    write("p1320-5", TEXT, NOTES, FIGS, published="2024-06-10", location="Lục Ngạn")
