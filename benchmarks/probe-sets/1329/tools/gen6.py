"""p1329-6: ministry site (Bộ NN&PTNT): rice exports 10 months 2024, one-cell-per-line table by market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thị trường nông sản

Xuất khẩu gạo 10 tháng đạt gần 7,8 triệu tấn

12/11/2024 | 14:05 | Cục Chế biến và Phát triển thị trường nông sản

Theo số liệu thống kê, khối lượng gạo xuất khẩu 10 tháng năm 2024 ước đạt 7,79 triệu tấn, giá trị 4,86 tỷ USD, tăng 10,1% về khối lượng và tăng 23,5% về giá trị so với cùng kỳ năm 2023. Giá gạo xuất khẩu bình quân 10 tháng ước đạt 624 USD/tấn, tăng 12,2%.

Thị trường xuất khẩu gạo chính 10 tháng năm 2024
Đơn vị tính: nghìn tấn
Thị trường
10 tháng năm 2023
10 tháng năm 2024
So với cùng kỳ (%)
Philippines
2.962
3.617
122,1
Indonesia
1.014
1.078
106,3
Malaysia
491
712
145,0
Tổng số
7.076
7.790
110,1

Philippines tiếp tục là thị trường tiêu thụ gạo lớn nhất của Việt Nam, chiếm 46,4% thị phần. Giá trị xuất khẩu sang Malaysia gấp 1,7 lần so với cùng kỳ.

Trong tháng 10, tại An Giang, giá lúa tươi IR 50404 dao động 7.800-8.000 đồng/kg, tăng 300 đồng/kg so với tháng 9; giá gạo nguyên liệu IR 504 ở mức 10.650 đồng/kg. Bộ dự báo cả năm 2024 xuất khẩu gạo đạt khoảng 9 triệu tấn, kim ngạch trên 5,5 tỷ USD.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Lượt truy cập: 3.482.117
"""

T10 = per("10 tháng", "2024-01-01", "2024-10-31")
T10Y = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
C23 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
OCT = per("Trong tháng 10", "2024-10-01", "2024-10-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
AG = "An Giang"
IND = "khối lượng gạo xuất khẩu"


def cells(label, nums):
    first = label
    out = []
    for col, n, p in zip(["10 tháng năm 2023", "10 tháng năm 2024", "so với cùng kỳ"], nums,
                         [C23, T10Y, inh(T10Y)]):
        subj = f"tổng số {IND} {col}" if label == "Tổng số" else f"{IND} sang {label} {col}"
        if col == "so với cùng kỳ":
            out.append(fig(f"{first}\n{n}", n, float(n.replace(",", ".")), "percent", "%", subject=subj, period=p))
        else:
            out.append(fig(f"{first}\n{n}", n, float(n.replace(".", "")) * 1000, "measure", "tấn",
                           subject=subj, period=p))
        first = n
    return out


TABLE = (cells("Philippines", ["2.962", "3.617", "122,1"]) + cells("Indonesia", ["1.014", "1.078", "106,3"])
         + cells("Malaysia", ["491", "712", "145,0"]) + cells("Tổng số", ["7.076", "7.790", "110,1"]))

FIGS = [
    fig("gần 7,8 triệu", "7,8", 7.8e6, "measure", "tấn", approx="nearly",
        subject="xuất khẩu gạo", period=per("10 tháng", "2024-01-01", "2024-10-31")),
    fig("ước đạt 7,79 triệu", "7,79", 7.79e6, "measure", "tấn", status="estimate",
        change=chg("increase", 10.1, "%", "cùng kỳ năm 2023"), subject="khối lượng gạo xuất khẩu", period=T10Y),
    fig("giá trị 4,86 tỷ", "4,86", 4.86e9, "money", "USD", status="estimate",
        change=chg("increase", 23.5, "%", "cùng kỳ năm 2023"), subject="giá trị gạo xuất khẩu", period=T10Y),
    fig("ước đạt 624 USD/tấn", "624", 624, "money", "USD/tấn", status="estimate",
        change=chg("increase", 12.2, "%"), subject="giá gạo xuất khẩu bình quân", period=T10),
] + TABLE + [
    fig("chiếm 46,4%", "46,4", 46.4, "percent", "%",
        subject="thị phần của Philippines trong xuất khẩu gạo", period=inh(T10Y)),
    fig("gấp 1,7 lần", "1,7", 1.7, "multiple", "lần",
        subject="giá trị xuất khẩu gạo sang Malaysia so với cùng kỳ", period=inh(T10Y)),
    fig("dao động 7.800-8.000", "7.800", 7800, "money", "đồng/kg", value_max=8000,
        change=chg("increase", 300, "đồng/kg", "tháng 9"),
        subject="giá lúa tươi IR 50404", period=OCT, location=AG),
    fig("mức 10.650", "10.650", 10650, "money", "đồng/kg",
        subject="giá gạo nguyên liệu IR 504", period=OCT, location=AG),
    fig("khoảng 9 triệu", "9", 9e6, "measure", "tấn", approx="about", status="forecast",
        subject="xuất khẩu gạo", period=Y24),
    fig("trên 5,5 tỷ", "5,5", 5.5e9, "money", "USD", approx="over", status="forecast",
        subject="kim ngạch xuất khẩu gạo", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Nông nghiệp và PTNT): breadcrumb, '12/11/2024 | 14:05 | Cục ...', address footer. National figures: Việt Nam.",
    "Distractors: 14:05, 'Số 2 Ngọc Hà', 'Lượt truy cập: 3.482.117', IR 50404, IR 504, 'tháng 9' in a baseline, the table's period headers.",
    "Headline '10 tháng ... gần 7,8 triệu tấn' is its own figure (nearly), year from the dateline.",
    "'tăng 10,1% về khối lượng và tăng 23,5% về giá trị': each change goes to the figure it names.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (2.962 = 2 962 000 tấn); markets are trade partners, so they stay in the subject",
    "and the location is Việt Nam; periods from the column headers (scored); the '%' column gets the caption's period as inherited",
    "(not scored). 'Tổng số' is the row of all markets. Cells get no total.",
    "'gấp 1,7 lần so với cùng kỳ' standing alone → multiple.",
    "'Trong tháng 10, tại An Giang,' is fronted and governs both clauses of the sentence (period tháng 10/2024, location An Giang).",
    "'Bộ dự báo cả năm 2024' → forecast for both clauses.",
]

if __name__ == "__main__":
    write("p1329-6", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
