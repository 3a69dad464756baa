"""p1405-4: ministry site (Bộ LĐ-TB&XH, Cục Quản lý lao động ngoài nước): national totals 2023, Japan the largest market."""
from lib import F, P, inh, chg, tgt, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Lao động ngoài nước

Năm 2023: Nhật Bản tiếp tục là thị trường tiếp nhận lao động Việt Nam lớn nhất

10/01/2024 | 15:10 | Cục Quản lý lao động ngoài nước

Theo báo cáo của Cục Quản lý lao động ngoài nước, năm 2023 cả nước đưa 155.320 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 129,4% kế hoạch năm (kế hoạch 120.000 người), trong đó có 49.880 lao động nữ. Thị trường Nhật Bản tiếp nhận 78.240 lao động, chiếm 50,4%; tiếp đến là Đài Loan (Trung Quốc) 57.316 lao động, Hàn Quốc 15.480 lao động. Riêng quý IV/2023, số lao động sang Nhật Bản đạt 21.630 người, tăng 9,1% so với quý III.

Hiện có khoảng 345.000 thực tập sinh kỹ năng Việt Nam đang làm việc tại Nhật Bản, chiếm trên 50% tổng số thực tập sinh nước ngoài tại nước này; Việt Nam đứng thứ nhất trong 15 nước phái cử thực tập sinh. Cả nước có 462 doanh nghiệp được cấp phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài, trong đó khoảng 370 doanh nghiệp có đưa lao động sang Nhật Bản.

Thu nhập của thực tập sinh tại Nhật Bản bình quân 1.200-1.500 USD/tháng, cao gấp khoảng 3 lần so với làm công việc tương tự trong nước. Tuy nhiên, đồng yên mất giá khiến thu nhập quy đổi giảm khoảng 15-20% so với năm 2021.

Năm 2024, Bộ giao chỉ tiêu đưa 125.000 lao động đi làm việc ở nước ngoài; dự kiến thị trường Nhật Bản tiếp nhận khoảng 70.000-75.000 người. Cục đề nghị doanh nghiệp không thu tiền môi giới, thu tiền dịch vụ đúng quy định tại Thông tư số 21/2021/TT-BLĐTBXH.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Địa chỉ: 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3826.9556
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đưa 155.320 lao động", "155.320", 155320, "count", "lao động", percent=129.4,
      target=tgt(120000, "người"),
      subject="lao động đi làm việc ở nước ngoài theo hợp đồng", period=Y23),
    F("có 49.880 lao động", "49.880", 49880, "count", "lao động", total=155320,
      subject="lao động nữ", period=Y23),
    F("tiếp nhận 78.240 lao động", "78.240", 78240, "count", "lao động", percent=50.4,
      subject="lao động thị trường Nhật Bản tiếp nhận", period=inh(Y23)),
    F("(Trung Quốc) 57.316", "57.316", 57316, "count", "lao động",
      subject="lao động thị trường Đài Loan (Trung Quốc) tiếp nhận", period=inh(Y23)),
    F("Hàn Quốc 15.480", "15.480", 15480, "count", "lao động",
      subject="lao động thị trường Hàn Quốc tiếp nhận", period=inh(Y23)),
    F("đạt 21.630 người", "21.630", 21630, "count", "người",
      change=chg("increase", 9.1, "%", "quý III"),
      subject="số lao động sang Nhật Bản", period=Q4),
    F("khoảng 345.000", "345.000", 345000, "count", "thực tập sinh", approx="about", percent=50,
      subject="thực tập sinh kỹ năng Việt Nam đang làm việc tại Nhật Bản"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", total=15,
      subject="nước phái cử thực tập sinh"),
    F("có 462 doanh nghiệp", "462", 462, "count", "doanh nghiệp",
      subject="doanh nghiệp được cấp phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài"),
    F("khoảng 370 doanh nghiệp", "370", 370, "count", "doanh nghiệp", approx="about", total=462,
      subject="doanh nghiệp có đưa lao động sang Nhật Bản"),
    F("bình quân 1.200-1.500", "1.200", 1200, "money", "USD/tháng", value_max=1500,
      change=chg("increase", 3, "lần", "làm công việc tương tự trong nước", approx="about"),
      subject="thu nhập của thực tập sinh tại Nhật Bản"),
    F("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about",
      subject="mức giảm thu nhập quy đổi"),
    F("đưa 125.000 lao động", "125.000", 125000, "count", "lao động", status="target",
      subject="lao động đi làm việc ở nước ngoài", period=Y24),
    F("khoảng 70.000-75.000", "70.000", 70000, "count", "người", value_max=75000, approx="about",
      status="forecast", subject="người thị trường Nhật Bản tiếp nhận", period=Y24),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH): breadcrumb, '10/01/2024 | 15:10 | Cục Quản lý lao động ngoài nước', footer address and phone.",
    "Distractors: 15:10, 'năm 2021' as a baseline, Thông tư số 21/2021/TT-BLĐTBXH, '12 Ngô Quyền', phone 024.3826.9556.",
    "Every figure is national (cả nước, the ministry's totals): location Việt Nam. Japan, Taiwan, Korea are trade partners: subject.",
    "'đạt 129,4% kế hoạch năm (kế hoạch 120.000 người)' → percent 129.4 and target 120.000 (an attribute, not a figure).",
    "'Thị trường Nhật Bản tiếp nhận 78.240 lao động, chiếm 50,4%' has no part-of cue after the 155.320 (new sentence): no total.",
    "'đứng thứ nhất trong 15 nước phái cử' → rank 1 with total 15 ('trong N', as 25/63); the 15 is not a figure of its own.",
    "'cao gấp khoảng 3 lần so với ...' → change (increase, 3 lần, about) of the income range.",
    "'thu nhập quy đổi giảm khoảng 15-20%' is a rate that is itself the claim: a percent figure, no change, no period (baseline only).",
    "'dự kiến' → forecast for the Japan clause; 'giao chỉ tiêu' → target.",
]

if __name__ == "__main__":
    write("p1405-4", TEXT, NOTES, FIGS, published="2024-01-10", location="Việt Nam")
