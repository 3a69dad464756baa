"""p735-3: formal report of a district office (Kim Sơn, Ninh Bình), 9 months 2024, with a '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN KIM SƠN
PHÒNG KINH TẾ VÀ HẠ TẦNG
Số: 412/BC-KTHT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kim Sơn, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ hàng thủ công mỹ nghệ cói 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Ước 9 tháng năm 2024, giá trị sản xuất hàng thủ công mỹ nghệ cói trên địa bàn huyện đạt 1.086,4 tỷ đồng, tăng 9,2% so với cùng kỳ, đạt 76,5% kế hoạch năm. Diện tích cói thu hoạch đạt 642 ha, sản lượng ước đạt 7.510 tấn.

Bảng 1. Một số sản phẩm chủ yếu
Sản phẩm | Đơn vị | Kế hoạch năm 2024 | Ước 9 tháng | Ước 9 tháng so cùng kỳ (%)
Chiếu cói | nghìn đôi | 850 | 612 | 104,3
Thảm cói | nghìn m2 | 1.200 | 948,5 | 111,6
Túi, giỏ, hộp cói | nghìn sản phẩm | 2.400 | 1.875 | 108,9

2. Tiêu thụ, xuất khẩu
Kim ngạch xuất khẩu hàng cói 9 tháng ước đạt 23,7 triệu USD, tăng 6,8% so với cùng kỳ. Thị trường chính là EU (chiếm 38%), Nhật Bản (21%) và Hoa Kỳ (17%). Toàn huyện có 14 doanh nghiệp và 32 hợp tác xã tham gia xuất khẩu trực tiếp.

3. Lao động, việc làm
Ngành cói tạo việc làm thường xuyên cho khoảng 12.500 lao động và việc làm thời vụ cho trên 6.000 lao động; thu nhập bình quân 4,2 triệu đồng/người/tháng, tăng 300.000 đồng so với năm 2023. Trong 9 tháng, huyện đã mở 18 lớp đào tạo nghề đan cói cho 540 học viên, đạt 90% kế hoạch.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành 100% kế hoạch năm; hỗ trợ 5 hợp tác xã tham gia Hội chợ Thủ công mỹ nghệ lần thứ 12 tại Hà Nội.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT, KTHT.
KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
"""

M9 = P("Ước 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
C9 = P("Ước 9 tháng", "2024-01-01", "2024-09-30")
CK = P("Ước 9 tháng so cùng kỳ", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")


def row(label, unit, mult, cells, anchors):
    plan, est, pct = cells
    a_plan, a_est, a_pct = anchors
    return [
        F(a_plan, plan[0], plan[1] * mult, "count" if unit in ("đôi", "sản phẩm") else "measure", unit,
          status="target", subject=f"{label} kế hoạch năm 2024", period=Y24),
        F(a_est, est[0], est[1] * mult, "count" if unit in ("đôi", "sản phẩm") else "measure", unit,
          status="estimate", subject=f"{label} ước 9 tháng", period=C9),
        F(a_pct, pct[0], pct[1], "percent", "%", status="estimate",
          subject=f"{label} ước 9 tháng so cùng kỳ", period=CK),
    ]


FIGS = [
    F("đạt 1.086,4 tỷ đồng", "1.086,4", 1086.4e9, "money", "đồng", percent=76.5,
      change=CH("increase", 9.2, baseline="cùng kỳ"), status="estimate",
      subject="giá trị sản xuất hàng thủ công mỹ nghệ cói", period=M9),
    F("đạt 642 ha", "642", 642, "measure", "ha", subject="diện tích cói thu hoạch", period=I(M9)),
    F("ước đạt 7.510 tấn", "7.510", 7510, "measure", "tấn", status="estimate", subject="sản lượng cói", period=I(M9)),
]
FIGS += row("Chiếu cói", "đôi", 1e3, (("850", 850), ("612", 612), ("104,3", 104.3)),
            ("| 850 |", "| 612 |", "104,3"))
FIGS += row("Thảm cói", "m2", 1e3, (("1.200", 1200), ("948,5", 948.5), ("111,6", 111.6)),
            ("| 1.200 |", "| 948,5 |", "111,6"))
FIGS += row("Túi, giỏ, hộp cói", "sản phẩm", 1e3, (("2.400", 2400), ("1.875", 1875), ("108,9", 108.9)),
            ("| 2.400 |", "| 1.875 |", "108,9"))
FIGS += [
    F("ước đạt 23,7 triệu USD", "23,7", 23.7e6, "money", "USD", change=CH("increase", 6.8, baseline="cùng kỳ"),
      status="estimate", subject="kim ngạch xuất khẩu hàng cói", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("EU (chiếm 38%)", "38", 38, "percent", "%",
      subject="thị trường EU trong kim ngạch xuất khẩu hàng cói", period=I(M9)),
    F("Nhật Bản (21%)", "21", 21, "percent", "%",
      subject="thị trường Nhật Bản trong kim ngạch xuất khẩu hàng cói", period=I(M9)),
    F("Hoa Kỳ (17%)", "17", 17, "percent", "%",
      subject="thị trường Hoa Kỳ trong kim ngạch xuất khẩu hàng cói", period=I(M9)),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp tham gia xuất khẩu trực tiếp"),
    F("32 hợp tác xã", "32", 32, "count", "hợp tác xã", subject="hợp tác xã tham gia xuất khẩu trực tiếp"),
    F("khoảng 12.500 lao động", "12.500", 12500, "count", "lao động", approx="about",
      subject="lao động có việc làm thường xuyên trong ngành cói"),
    F("trên 6.000 lao động", "6.000", 6000, "count", "lao động", approx="over",
      subject="lao động có việc làm thời vụ trong ngành cói"),
    F("4,2 triệu đồng/người/tháng", "4,2", 4.2e6, "money", "đồng/người/tháng",
      change=CH("increase", 300000, "đồng", baseline="năm 2023"), subject="thu nhập bình quân lao động ngành cói"),
    F("mở 18 lớp", "18", 18, "count", "lớp", subject="lớp đào tạo nghề đan cói",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("cho 540 học viên", "540", 540, "count", "học viên", percent=90,
      subject="học viên được đào tạo nghề đan cói", period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("hoàn thành 100% kế hoạch năm", "100", 100, "percent", "%", status="target",
      subject="hoàn thành kế hoạch năm", period=I(Q4)),
    F("hỗ trợ 5 hợp tác xã", "5", 5, "count", "hợp tác xã", status="target",
      subject="hợp tác xã được hỗ trợ tham gia Hội chợ Thủ công mỹ nghệ", period=I(Q4)),
]

COMMENTS = [
    "Formal report (letterhead, Số: 412/BC-KTHT, 'Kim Sơn, ngày 07 tháng 10 năm 2024'): hàng cói 9 tháng năm 2024, huyện Kim Sơn.",
    "Table flattened with '|': units in the Đơn vị column with a multiplier ('nghìn đôi' makes 850 = 850.000 đôi); every numeric cell is a figure.",
    "Table status/period from the column headers: 'Kế hoạch năm 2024' → target, năm 2024; 'Ước 9 tháng' → estimate, 9 tháng 2024;",
    "'Ước 9 tháng so cùng kỳ (%)' → percent, estimate, 9 tháng 2024. Counted products (đôi, sản phẩm) are count, m2 is measure.",
    "Market shares (EU, Nhật Bản, Hoa Kỳ) are percent figures; foreign markets are not locations (location Kim Sơn).",
    "'đạt 90% kế hoạch' is the percent of 540 học viên; 'tăng 300.000 đồng' is the change of the income.",
    "Section II 'Phấn đấu …; hỗ trợ 5 hợp tác xã' → target (the cue governs the continuing clause); period from the heading (inherited).",
    "revised after first scoring: added words 'tỷ trọng' (market shares) and 'tỷ lệ' (100%) removed from subjects: not in the sentence.",
    "Not figures: Số 412, the date line, section numbers I./1./2./3./II., 'Bảng 1', 'lần thứ 12'.",
]

if __name__ == "__main__":
    emit("p735-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Kim Sơn")
