"""p1052-3: formal report under a letterhead, Quảng Nam, H1/2024, flattened | table."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH QUẢNG NAM
Số: 173/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích được hỗ trợ
Thực hiện Nghị định số 96/2018/NĐ-CP ngày 30/6/2018 của Chính phủ, 6 tháng đầu năm 2024, Công ty TNHH MTV Khai thác thủy lợi Quảng Nam và các tổ chức thủy lợi cơ sở đã phục vụ tưới cho 42.615 ha lúa vụ Đông Xuân, đạt 100,4% kế hoạch; cấp nước cho 3.280 ha cây màu và 1.146 ha nuôi trồng thủy sản. Kết quả theo từng địa phương như sau:

Đơn vị tính: diện tích - ha; kinh phí - triệu đồng
TT | Địa phương | Diện tích tưới lúa | Kinh phí hỗ trợ
1 | Điện Bàn | 9.840 | 18.652
2 | Duy Xuyên | 7.215 | 13.420
3 | Thăng Bình | 11.380 | 20.946
4 | Núi Thành | 6.054 | 11.238
5 | Các địa phương khác | 8.126 | 14.874
 | Tổng cộng | 42.615 | 79.130

2. Kinh phí
Tổng kinh phí hỗ trợ được cấp 6 tháng đầu năm là 79,13 tỷ đồng, bằng 51,2% dự toán năm (154,5 tỷ đồng). Đến ngày 30/6/2024, các đơn vị đã giải ngân 71,6 tỷ đồng, đạt 90,5%.

3. Công trình
Toàn tỉnh có 73 hồ chứa, 465 đập dâng và 212 trạm bơm do Công ty và địa phương quản lý, trong đó nhiều trạm bơm nằm dọc Quốc lộ 1A; trong 6 tháng đã sửa chữa, nâng cấp 18 công trình với kinh phí 26,7 tỷ đồng.

II. KHÓ KHĂN, VƯỚNG MẮC
Một số tổ chức thủy lợi cơ sở chưa đủ năng lực; 23/241 hợp tác xã chưa hoàn thiện hồ sơ nghiệm thu.

III. KIẾN NGHỊ
Đề nghị Bộ Tài chính sớm bố trí đủ 75,4 tỷ đồng kinh phí hỗ trợ còn lại của năm 2024.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1c = P("trong 6 tháng", "2024-01-01", "2024-06-30")
TAB = I(P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))


def row(place, area, money, loc=None, subj_prefix=""):
    a_subj = (subj_prefix + "diện tích tưới lúa").strip()
    m_subj = (subj_prefix + "kinh phí hỗ trợ").strip()
    kw = {"location": loc} if loc else {}
    return [
        F(f"{place} | {area} |", area, float(area.replace(".", "")), "measure", "ha", a_subj, TAB, **kw),
        F(f"| {money}\n", money, float(money.replace(".", "")) * 1e6, "money", "đồng", m_subj, TAB, **kw),
    ]


FIGS = [
    F("cho 42.615 ha lúa", "42.615", 42615, "measure", "ha",
      "diện tích lúa vụ Đông Xuân được phục vụ tưới", H1, percent=100.4),
    F("cho 3.280 ha cây màu", "3.280", 3280, "measure", "ha",
      "diện tích cây màu được cấp nước", H1),
    F("1.146 ha nuôi trồng", "1.146", 1146, "measure", "ha",
      "diện tích nuôi trồng thủy sản được cấp nước", H1),
]
FIGS += row("Điện Bàn", "9.840", "18.652", "Điện Bàn")
FIGS += row("Duy Xuyên", "7.215", "13.420", "Duy Xuyên")
FIGS += row("Thăng Bình", "11.380", "20.946", "Thăng Bình")
FIGS += row("Núi Thành", "6.054", "11.238", "Núi Thành")
FIGS += row("Các địa phương khác", "8.126", "14.874", None, "các địa phương khác ")
FIGS += row("Tổng cộng", "42.615", "79.130", None, "tổng cộng ")
FIGS += [
    F("là 79,13 tỷ đồng", "79,13", 79.13e9, "money", "đồng",
      "tổng kinh phí hỗ trợ được cấp", H1b, percent=51.2, target=T(154.5e9, "đồng")),
    F("giải ngân 71,6 tỷ đồng", "71,6", 71.6e9, "money", "đồng",
      "kinh phí hỗ trợ đã giải ngân", P("Đến ngày 30/6/2024", None, "2024-06-30"), percent=90.5),
    F("có 73 hồ chứa", "73", 73, "count", "hồ chứa", "hồ chứa"),
    F("465 đập dâng", "465", 465, "count", "đập dâng", "đập dâng"),
    F("212 trạm bơm", "212", 212, "count", "trạm bơm", "trạm bơm do Công ty và địa phương quản lý"),
    F("nâng cấp 18 công trình", "18", 18, "count", "công trình",
      "công trình được sửa chữa, nâng cấp", H1c),
    F("kinh phí 26,7 tỷ đồng", "26,7", 26.7e9, "money", "đồng",
      "kinh phí sửa chữa, nâng cấp công trình", H1c),
    F("23/241 hợp tác xã", "23", 23, "count", "hợp tác xã",
      "hợp tác xã chưa hoàn thiện hồ sơ nghiệm thu", total=241),
    F("đủ 75,4 tỷ đồng", "75,4", 75.4e9, "money", "đồng",
      "kinh phí hỗ trợ còn lại", P("năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Nam, Số: 173/BC-UBND, 12/7/2024): irrigation-fee support H1/2024, flattened | table by locality.",
    "Table: 'Đơn vị tính: diện tích - ha; kinh phí - triệu đồng' makes kinh phí cells money ×10^6; place rows give location,",
    "'Các địa phương khác' and 'Tổng cộng' stay Quảng Nam; cells carry no total; period from the sentence above the table (inherited).",
    "'bằng 51,2% dự toán năm (154,5 tỷ đồng)': 51,2% is the share, the bracketed dự toán is the target of 79,13 tỷ (not a figure).",
    "Distractors: Số: 173/BC-UBND, dateline, Nghị định số 96/2018/NĐ-CP ngày 30/6/2018, section numbers I.-III., 1.-3., TT column, Quốc lộ 1A.",
]

write_set("p1052-3", TEXT, FIGS, NOTES, published="2024-07-12", location="Quảng Nam")
