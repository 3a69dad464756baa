"""p1431-3: formal report (UBND tỉnh Quảng Trị, Số: 287/BC-UBND): planted forests 2023, tab-flattened table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển rừng trồng sản xuất năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Trồng rừng và khai thác
Năm 2023, toàn tỉnh ước trồng mới 5.830 ha rừng tập trung, vượt 6% kế hoạch, chủ yếu là keo lai; sản lượng gỗ rừng trồng khai thác ước đạt 1,42 triệu m3, tăng 5,2% so với năm 2022. Giá trị sản xuất lâm nghiệp ước đạt 2.150 tỷ đồng, chiếm khoảng 19% giá trị sản xuất nông, lâm nghiệp và thủy sản.

2. Diện tích trồng rừng tập trung theo địa phương
Đơn vị tính: ha
Địa phương\tNăm 2022\tƯớc thực hiện 2023\tKế hoạch 2024
Hướng Hóa\t1.420\t1.510\t1.550
Gio Linh\t1.180\t1.260\t1.300
Vĩnh Linh\t1.350\t1.390\t1.400
Cam Lộ\t870\t910\t950
Các địa phương khác\t660\t760\t800
Tổng cộng\t5.480\t5.830\t6.000

3. Chứng chỉ rừng và liên kết
Đến ngày 30/11/2023, diện tích rừng trồng được cấp chứng chỉ FSC đạt 24.600 ha, trong đó của hộ gia đình, nhóm hộ 9.850 ha. Có 12 tổ hợp tác và 3 hợp tác xã liên kết trồng, tiêu thụ gỗ với doanh nghiệp.

II. KẾ HOẠCH NĂM 2024
Phấn đấu trồng mới 6.000 ha rừng tập trung; sản lượng gỗ khai thác khoảng 1,5 triệu m3; tỷ lệ che phủ rừng duy trì ở mức 50,5%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Đến ngày 30/11/2023", None, "2023-11-30")
PLAN = per("KẾ HOẠCH NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {
    "năm 2022": (per("Năm 2022", "2022-01-01", "2022-12-31"), None),
    "ước thực hiện 2023": (per("Ước thực hiện 2023", "2023-01-01", "2023-12-31"), "estimate"),
    "kế hoạch 2024": (per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
}
ROWS = [("Hướng Hóa", ["1.420", "1.510", "1.550"]), ("Gio Linh", ["1.180", "1.260", "1.300"]),
        ("Vĩnh Linh", ["1.350", "1.390", "1.400"]), ("Cam Lộ", ["870", "910", "950"]),
        ("Các địa phương khác", ["660", "760", "800"]), ("Tổng cộng", ["5.480", "5.830", "6.000"])]
PLACES = {"Hướng Hóa", "Gio Linh", "Vĩnh Linh", "Cam Lộ"}


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            p, st = COLS[col]
            kw = {"status": st} if st else {}
            if label in PLACES:
                kw["location"] = label
                subj = f"diện tích trồng rừng tập trung {col}"
            else:
                subj = f"diện tích trồng rừng tập trung {label.lower()} {col}"
            out.append(fig(f"{prev}\t{n}", n, float(n.replace(".", "")), "measure", "ha",
                           subject=subj, period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("mới 5.830 ha", "5.830", 5830, "measure", "ha", status="estimate",
        change=chg("increase", 6, "%", "kế hoạch"),
        subject="diện tích rừng tập trung trồng mới", period=Y23),
    fig("ước đạt 1,42 triệu", "1,42", 1.42e6, "measure", "m3", status="estimate",
        change=chg("increase", 5.2, "%", "năm 2022"),
        subject="sản lượng gỗ rừng trồng khai thác", period=Y23),
    fig("ước đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng", status="estimate", percent=19,
        subject="giá trị sản xuất lâm nghiệp", period=inh(Y23)),
] + cells() + [
    fig("đạt 24.600 ha", "24.600", 24600, "measure", "ha",
        subject="diện tích rừng trồng được cấp chứng chỉ FSC", period=ASOF),
    fig("nhóm hộ 9.850 ha", "9.850", 9850, "measure", "ha", total=24600,
        subject="diện tích rừng có chứng chỉ FSC của hộ gia đình, nhóm hộ", period=ASOF),
    fig("Có 12 tổ hợp tác", "12", 12, "count", "tổ hợp tác",
        subject="tổ hợp tác liên kết trồng, tiêu thụ gỗ với doanh nghiệp"),
    fig("và 3 hợp tác xã", "3", 3, "count", "hợp tác xã",
        subject="hợp tác xã liên kết trồng, tiêu thụ gỗ với doanh nghiệp"),
    fig("mới 6.000 ha", "6.000", 6000, "measure", "ha", status="target",
        subject="diện tích rừng tập trung trồng mới", period=PLAN),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "measure", "m3", approx="about", status="target",
        subject="sản lượng gỗ khai thác", period=PLAN),
    fig("mức 50,5%", "50,5", 50.5, "percent", "%", status="target",
        subject="tỷ lệ che phủ rừng", period=PLAN),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Trị, Số: 287/BC-UBND, 'Quảng Trị, ngày 18 tháng 12 năm 2023'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số: 287/BC-UBND, the letterhead date, section numbers I., II., 1.-3., '(b/c)', 'Lưu: VT, NN'.",
    "Sentence 1: 'ước trồng mới ... vượt 6% kế hoạch' → estimate with a change against the plan; the second clause has its own 'ước đạt'.",
    "'Giá trị sản xuất lâm nghiệp ước đạt 2.150 tỷ đồng, chiếm khoảng 19% ...' → percent attribute 19; its year stands in the previous sentence.",
    "Tab-flattened table, 'Đơn vị tính: ha'; rows are districts → location of the cell, subject = indicator + column label;",
    "'Các địa phương khác' and 'Tổng cộng' rows stay with Quảng Trị; period from column headers; 'Ước thực hiện 2023' → estimate,",
    "'Kế hoạch 2024' → target; table cells get no total.",
    "'Đến ngày 30/11/2023' is an as-of date; 'trong đó ... 9.850 ha' → total 24.600. The next sentence ('Có 12 tổ hợp tác') has no date: no period.",
    "Section II 'KẾ HOẠCH NĂM 2024' + 'Phấn đấu' → target; the year stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1431-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Quảng Trị")
